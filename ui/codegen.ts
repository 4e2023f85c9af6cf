import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the schema module's SDL: a query that asks for a field the SDL does not have fails the build.
const config: CodegenConfig = {
  schema: '../schema/src/main/resources/graphql/*.graphqls',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  errorsOnly: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', ID: 'string' },
      },
    },
  },
};
export default config;
