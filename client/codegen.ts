import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the repository root: `npx graphql-codegen --config client/codegen.ts`.
const config: CodegenConfig = {
  schema: 'server/schema.gql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
