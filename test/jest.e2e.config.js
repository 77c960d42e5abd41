const preset = require('../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'browser',
  rootDir: __dirname,
  testMatch: ['<rootDir>/e2e/**/*.spec.ts'],
  setupFiles: ['reflect-metadata'],
  setupFilesAfterEnv: ['<rootDir>/support/long-timeout.ts'],
};
