import { defaultFieldResolver, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import { forbidden, unauthenticated } from '../common/errors.js';
import type { Scope } from '../auth/api-key.entity.js';
import { ViewerKind, type Viewer } from '../auth/viewer.js';
import type { RequestContext } from './context.js';

/**
 * Who may call an operation. Every Query and Mutation field declares its rules with `@Allow`;
 * a field without one is refused at run time (and a test lists any such field).
 */
export type AccessRule =
  | 'PUBLIC'
  | 'REP'
  | 'ADMIN'
  | 'PARTNER_ADMIN'
  | 'CUSTOMER_ADMIN'
  | 'SETUP_SESSION'
  | `scope:${Scope}`;

export function Allow(...rules: AccessRule[]): MethodDecorator & ClassDecorator & PropertyDecorator {
  return Extensions({ access: rules });
}

export function accessRulesOf(type: GraphQLObjectType, fieldName: string): AccessRule[] | undefined {
  return type.getFields()[fieldName]?.extensions?.access as AccessRule[] | undefined;
}

export function viewerMatches(viewer: Viewer | null, rule: AccessRule): boolean {
  if (rule === 'PUBLIC') return true;
  if (!viewer) return false;
  if (rule.startsWith('scope:')) return viewer.kind === ViewerKind.API_KEY && viewer.scopes.includes(rule.slice(6) as Scope);
  // Admins are reps with more rights: whatever a rep may do, an admin may do.
  if (rule === 'REP') return viewer.kind === ViewerKind.REP || viewer.kind === ViewerKind.ADMIN;
  return viewer.kind === rule;
}

/** The check of one field: throws UNAUTHENTICATED or FORBIDDEN, or returns when the viewer may go on. */
function checkRootField(rules: AccessRule[] | undefined, field: string, context: RequestContext): void {
  if (!rules || rules.length === 0) {
    context.log.error({ field }, 'operation without an access rule refused');
    throw forbidden();
  }
  if (rules.includes('PUBLIC')) return;
  if (context.invalidToken) throw unauthenticated('The bearer token is unknown, expired or revoked');
  if (rules.some((rule) => viewerMatches(context.viewer, rule))) return;
  throw context.viewer ? forbidden() : unauthenticated();
}

function checkObjectField(rules: AccessRule[], context: RequestContext): void {
  if (rules.includes('PUBLIC') || rules.some((rule) => viewerMatches(context.viewer, rule))) return;
  throw forbidden();
}

/**
 * Deny by default, applied once to the built schema: every root field (Query, Mutation) checks its
 * `@Allow` rules before its resolver runs, and a root field without rules is refused. A field of an
 * object type may also carry `@Allow` (Cisco-internal details on shared types, such as an order's
 * audit trail); such a field is refused to anyone else with FORBIDDEN, while fields without rules
 * follow their parent. Only those fields are wrapped: the others resolve as type-graphql built them
 * (a global middleware would turn every scalar field into a promise).
 */
export function enforceAccessRules(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter((t) => !!t));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const rules = field.extensions?.access as AccessRule[] | undefined;
      const resolve = field.resolve ?? defaultFieldResolver;
      if (roots.has(type)) {
        field.resolve = (source, args, context: RequestContext, info) => {
          checkRootField(rules, field.name, context);
          return resolve(source, args, context, info);
        };
      } else if (rules) {
        field.resolve = (source, args, context: RequestContext, info) => {
          checkObjectField(rules, context);
          return resolve(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
