import { loadConfig } from './config';

const base = { DATA_DIR: '/tmp/luodi-config-test', JWT_SECRET: 'x'.repeat(32) };

describe('listen address, production mode and request rates', () => {
  it('defaults to every interface, development, and generous rates', () => {
    const config = loadConfig(base);
    expect(config.host).toBeNull();
    expect(config.production).toBe(false);
    expect(config.requestLimits).toEqual({ perUser: 1200, perAddress: 6000, windowSeconds: 60 });
  });

  it('reads HOST, NODE_ENV and RATE_LIMIT_*', () => {
    const config = loadConfig({
      ...base,
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      RATE_LIMIT_PER_USER: '10',
      RATE_LIMIT_PER_ADDRESS: '20',
      RATE_LIMIT_WINDOW_SECONDS: '5',
    });
    expect(config.host).toBe('127.0.0.1');
    expect(config.production).toBe(true);
    expect(config.requestLimits).toEqual({ perUser: 10, perAddress: 20, windowSeconds: 5 });
  });

  it.each([
    ['HOST', 'not a host!', 'HOST must be an IP address or host name (got "not a host!")'],
    [
      'RATE_LIMIT_PER_USER',
      '0',
      'RATE_LIMIT_PER_USER must be an integer from 1 to 1000000 (got "0")',
    ],
    [
      'RATE_LIMIT_WINDOW_SECONDS',
      'soon',
      'RATE_LIMIT_WINDOW_SECONDS must be an integer from 1 to 86400 (got "soon")',
    ],
  ])('stops on a bad %s with one line naming it', (name, value, message) => {
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(message);
  });
});
