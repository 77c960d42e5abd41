// Shared Jest settings: SWC compiles TypeScript (with decorator metadata for NestJS/TypeORM)
// and the shared domain library resolves to its sources, so tests never need a prior build.
const path = require('node:path');

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@luodi/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
  },
  testEnvironment: 'node',
};
