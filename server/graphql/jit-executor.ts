import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { GraphQLError, printSchema, type ExecutionResult, type GraphQLSchema, type SourceLocation } from 'graphql';

/** Distinct operations kept compiled; clients send a handful, so this only bounds a flood of distinct documents. */
const MAX_COMPILED = 500;

/**
 * Compiled execution (graphql-jit) plugged into Apollo Server through its gateway interface, the way
 * Apollo documents for a custom executor: Apollo still parses, validates (all our limits), runs the
 * plugins and formats errors; only execution is replaced. graphql-js completes a list field by field
 * with a promise per value; a compiled query is one generated function per operation, kept in a small
 * LRU keyed by Apollo's hash of the document and the operation name.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, CompiledQuery>();
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async load() {
      return {
        executor: async (request) => {
          const key = `${request.queryHash}:${request.operationName ?? ''}`;
          let query = compiled.get(key);
          if (query) {
            // Most recently used last: the first key is the one to drop.
            compiled.delete(key);
          } else {
            const result = compileQuery(schema, request.document, request.operationName ?? undefined);
            if (!isCompiledQuery(result)) return asApolloResult(result as ExecutionResult);
            query = result;
            if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
          }
          compiled.set(key, query);
          return asApolloResult(await query.query(undefined, request.context, request.request.variables ?? {}));
        },
      };
    },
    async stop() {
      compiled.clear();
    },
  };
}

/**
 * graphql-jit builds its errors on the CommonJS copy of graphql-js, Apollo checks them against the ES
 * module copy (`instanceof` fails across the two), so each error is rebuilt as the one graphql-js's own
 * execution would give: same message, path, locations and original error (whose extensions it keeps).
 * (Under jest both are one copy, and jit's errors then lack `extensions`, which Apollo reads: rebuilt too.)
 */
function asApolloResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((error) => {
      const jitError = error as {
        message: string;
        path?: (string | number)[];
        locations?: SourceLocation[];
        originalError?: Error | null;
        extensions?: Record<string, unknown>;
      };
      const original = jitError.originalError ?? undefined;
      if (original instanceof GraphQLError && original.path) return original;
      // No data and no path: the request's variables could not be coerced, a client's mistake
      // (graphql-js's execute reports these the same way; Apollo calls them BAD_USER_INPUT).
      // (A resolver's error always has a path.)
      const badInput = result.data == null && !jitError.path;
      const extensions = badInput ? { ...jitError.extensions, code: 'BAD_USER_INPUT' } : original ? undefined : jitError.extensions;
      const rebuilt = new GraphQLError(jitError.message, { path: jitError.path, originalError: badInput ? undefined : original, extensions });
      if (jitError.locations) Object.defineProperty(rebuilt, 'locations', { value: jitError.locations, enumerable: true });
      return rebuilt;
    }),
  };
}
