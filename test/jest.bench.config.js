// Benchmarks print numbers; they assert nothing about speed. Run: npm run bench [-- <file pattern>]
const preset = require('../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'bench',
  rootDir: __dirname,
  testMatch: ['<rootDir>/bench/**/*.bench.ts'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 30 * 60 * 1000,
  maxWorkers: 1,
  verbose: false,
};
