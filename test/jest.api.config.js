const preset = require('../jest.preset.js');

module.exports = {
  ...preset,
  displayName: process.env.DATABASE_URL ? 'api-mysql' : 'api-sqlite',
  rootDir: __dirname,
  testMatch: ['<rootDir>/api/**/*.spec.ts'],
  setupFiles: ['reflect-metadata'],
  setupFilesAfterEnv: ['<rootDir>/support/long-timeout.ts'],
};
