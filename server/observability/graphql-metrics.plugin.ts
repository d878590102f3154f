import type { ApolloServerPlugin } from '@apollo/server';
import {
  getOperationAST,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GraphQLOutcome, Metrics } from './metrics.js';

/** What the request log says about a GraphQL request. */
export interface GraphQLOperationInfo {
  /** The first root field, when the schema has it; `introspection` for `__schema` and the like; else `unknown`. */
  operation: string;
  /** `query`, `mutation`, or `unknown` when no operation could be resolved (a parse or validation failure). */
  type: string;
  /** The client's own name for the operation, when it is a valid GraphQL name of reasonable length. */
  operationName?: string;
  outcome: GraphQLOutcome;
}

/**
 * Where the plugin leaves the operation for the request log: a record shared by the request's context
 * (under a symbol, so the context's type is not concerned) and `res.locals`. Apollo hands plugins a
 * shallow copy of the context, so the context object itself cannot be the key; the record survives the copy.
 */
export const OPERATION_RECORD = Symbol('graphql operation record');

export interface OperationRecord {
  info?: GraphQLOperationInfo;
}

/** Attaches a fresh record to a request's context and returns it. */
export function attachOperationRecord(context: object): OperationRecord {
  const record: OperationRecord = {};
  Object.defineProperty(context, OPERATION_RECORD, { value: record, enumerable: true });
  return record;
}

/** Codes of errors that are the client's doing; any other error (INTERNAL_SERVER_ERROR) is ours. */
const INTERNAL_CODES = new Set(['INTERNAL_SERVER_ERROR']);

function firstRootField(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): string | undefined {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) return selection.name.value;
    let nested: SelectionSetNode | undefined;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      nested = selection.selectionSet;
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      nested = fragment?.selectionSet;
    }
    const found = nested && firstRootField(nested, document, seen);
    if (found) return found;
  }
  return undefined;
}

/**
 * The operation's label: a root field the schema has (bounded by the schema, whatever clients send),
 * never the client's operation name, which is free text.
 */
export function operationLabel(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): string {
  const field = firstRootField(operation.selectionSet, document);
  if (!field) return 'unknown';
  if (field.startsWith('__')) return 'introspection';
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return root?.getFields()[field] ? field : 'unknown';
}

function payloadHasUserErrors(data: Record<string, unknown> | null | undefined): boolean {
  if (!data) return false;
  return Object.values(data).some((value) => {
    const errors = value && typeof value === 'object' ? (value as { errors?: unknown }).errors : undefined;
    return Array.isArray(errors) && errors.length > 0;
  });
}

/**
 * Counts and times every GraphQL operation (`graphql_operations_total`, `graphql_operation_duration_seconds`)
 * and leaves what it was in the request's operation record, for the request log.
 */
export function graphqlMetricsPlugin<Context extends object>(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      let operation = 'unknown';
      let type = 'unknown';
      let operationName: string | undefined;
      const identify = (schema: GraphQLSchema, document: DocumentNode, name: string | undefined) => {
        const definition = getOperationAST(document, name);
        if (!definition) return;
        type = definition.operation;
        operation = operationLabel(schema, document, definition);
        operationName = definition.name && definition.name.value.length <= 64 ? definition.name.value : undefined;
      };
      return {
        // After parsing (a document that fails validation is counted under its type), and again once
        // resolved: a document from Apollo's cache skips the validation hooks.
        async validationDidStart({ schema, document, request }) {
          identify(schema, document, request.operationName);
        },
        async didResolveOperation({ schema, document, request }) {
          identify(schema, document, request.operationName);
        },
        async willSendResponse({ response, contextValue }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          const codes = (result.errors ?? []).map((e) => e.extensions?.code);
          const outcome: GraphQLOutcome = codes.some((code) => typeof code !== 'string' || INTERNAL_CODES.has(code))
            ? 'error'
            : codes.length > 0 || payloadHasUserErrors(result.data)
              ? 'user_error'
              : 'ok';
          metrics.graphqlOperations.inc({ operation, type, outcome });
          metrics.graphqlDuration.observe({ operation, type }, (performance.now() - started) / 1000);
          const record = (contextValue as { [OPERATION_RECORD]?: OperationRecord })[OPERATION_RECORD];
          if (record) record.info = { operation, type, operationName, outcome };
        },
      };
    },
  };
}
