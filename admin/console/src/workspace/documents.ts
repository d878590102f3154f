/** The reps' workspace: saved views (each rep's own) and canned resolutions (shared). Checked by `npm run codegen`. */
import { graphql } from '../generated/index.js';

graphql(`
  fragment ConsoleSavedView on SavedView {
    id
    resource
    name
    filters
    columns
    updatedAt
  }
`);

graphql(`
  fragment ConsoleCannedResolution on CannedResolution {
    id
    title
    text
    updatedAt
  }
`);

export const SAVED_VIEWS = graphql(`
  query savedViews($resource: SavedViewResource) {
    savedViews(resource: $resource) {
      ...ConsoleSavedView
    }
  }
`);

export const SAVE_VIEW = graphql(`
  mutation saveView($input: SaveViewInput!) {
    saveView(input: $input) {
      errors {
        ...ConsoleUserError
      }
      view {
        ...ConsoleSavedView
      }
    }
  }
`);

export const DELETE_VIEW = graphql(`
  mutation deleteView($input: DeleteViewInput!) {
    deleteView(input: $input) {
      errors {
        ...ConsoleUserError
      }
      deletedId
    }
  }
`);

export const CANNED_RESOLUTIONS = graphql(`
  query cannedResolutions {
    cannedResolutions {
      ...ConsoleCannedResolution
    }
  }
`);

export const SAVE_CANNED_RESOLUTION = graphql(`
  mutation saveCannedResolution($input: SaveCannedResolutionInput!) {
    saveCannedResolution(input: $input) {
      errors {
        ...ConsoleUserError
      }
      cannedResolution {
        ...ConsoleCannedResolution
      }
    }
  }
`);

export const DELETE_CANNED_RESOLUTION = graphql(`
  mutation deleteCannedResolution($input: DeleteCannedResolutionInput!) {
    deleteCannedResolution(input: $input) {
      errors {
        ...ConsoleUserError
      }
      deletedId
    }
  }
`);
