// Jest reads `testTimeout` only from the root configuration, so the integration and browser
// projects, which start a real server and database, set their own limit here.
jest.setTimeout(120_000);
