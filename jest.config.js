/** Every suite in one run: `npm test` (see scripts/test.mjs) is the way in. */
module.exports = {
  projects: [
    '<rootDir>/libs/domain/jest.config.js',
    '<rootDir>/server/jest.config.js',
    '<rootDir>/client/jest.config.js',
    '<rootDir>/test/jest.api.config.js',
    '<rootDir>/test/jest.e2e.config.js',
  ],
};
