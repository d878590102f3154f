import type { ApolloServerPlugin } from '@apollo/server';

const SUGGESTION = / ?Did you mean [^?]*\?/g;

function strip(errors: readonly Error[] | undefined): void {
  for (const error of errors ?? []) {
    if (error.message.includes('Did you mean')) error.message = error.message.replace(SUGGESTION, '').trimEnd();
  }
}

/**
 * Production: no "Did you mean …" in any error. With introspection off, graphql-js's suggestions would
 * still name fields, arguments, types and enum values to anonymous clients, in validation errors
 * (unknown field, argument, type) and in variable coercion errors (an unknown enum value or input
 * field). Apollo's `hideSchemaDetailsFromClientErrors` covers the validation errors only.
 */
export function noSuggestionsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (errors?: readonly Error[]) => strip(errors);
        },
        async didEncounterErrors({ errors }) {
          strip(errors);
        },
      };
    },
  };
}
