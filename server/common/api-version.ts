/**
 * The API's version (#26, docs/integrators.md, "Versions and deprecation"): the date of the contract's
 * release, `YYYY-MM-DD`, as calendar-versioned APIs name theirs. It is sent as the `API-Version` header
 * on every /graphql answer and stands in the schema's description. A release that changes the schema
 * moves it to the release's date and copies schema/schema.graphql to schema/released.graphql
 * (`npm run schema:release`), against which `npm run lint` checks every later change
 * (scripts/schema-diff.mjs: nothing removed that was not deprecated in the released schema).
 */
export const API_VERSION = '2026-12-05';

export const API_DESCRIPTION =
  `Provisioning Hub API, version ${API_VERSION} (also the \`API-Version\` header of every answer). ` +
  'Fields, arguments and enum values are never removed without first being `@deprecated`, with a reason, for at least one released version: docs/integrators.md, "Versions and deprecation".';
