import { graphql } from '../../../gql';

/** The screen's one query: every template, and the tickets most recently changed to preview one against. */
export const AdminTemplatesQuery = graphql(`
  query AdminTemplates {
    responseTemplates { id kind name subject body deletable updatedAt version }
    tickets(first: 20, orderBy: { field: UPDATED_AT, direction: DESC }) {
      edges { node { id reference subject } }
    }
  }
`);

/** An unsaved template's text filled in (nothing is stored): the live preview, and its problems at their line. */
export const AdminTemplatePreviewQuery = graphql(`
  query AdminTemplatePreview($input: PreviewResponseTemplateInput!) {
    previewResponseTemplate(input: $input) { subject body }
  }
`);

export const AdminTemplateCreate = graphql(`
  mutation AdminTemplateCreate($input: CreateResponseTemplateInput!) {
    createResponseTemplate(input: $input) { id name version }
  }
`);

export const AdminTemplateUpdate = graphql(`
  mutation AdminTemplateUpdate($input: UpdateResponseTemplateInput!) {
    updateResponseTemplate(input: $input) { id name version }
  }
`);

export const AdminTemplateDelete = graphql(`
  mutation AdminTemplateDelete($id: ID!) {
    deleteResponseTemplate(id: $id)
  }
`);
