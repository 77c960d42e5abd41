import { LoginThrottle } from './login-attempts';

const limits = {
  perUsername: 10,
  perAddress: 30,
  windowSeconds: 900,
  freeAttempts: 3,
  maxDelaySeconds: 60,
};

describe('LoginThrottle', () => {
  it('delays a hammered (username, address) pair progressively, up to the maximum', () => {
    const throttle = new LoginThrottle(limits);
    let now = 1_000_000;
    for (let i = 0; i < 3; i++) throttle.fail('li', 'A', false, now);
    expect(throttle.waitSeconds('li', 'A', false, now)).toBe(1);
    throttle.fail('li', 'A', false, now);
    expect(throttle.waitSeconds('li', 'A', false, now)).toBe(2);
    for (let i = 0; i < 20; i++) throttle.fail('li', 'A', false, (now += 1000));
    expect(throttle.waitSeconds('li', 'A', false, now)).toBe(60);
    expect(throttle.waitSeconds('li', 'A', false, now + 61_000)).toBe(0);
  });

  it('never slows the same username from a fresh address because of one attacking address', () => {
    const throttle = new LoginThrottle(limits);
    for (let i = 0; i < 50; i++) throttle.fail('li', 'A', false, 1000 + i);
    expect(throttle.waitSeconds('li', 'B', false, 2000)).toBe(0);
  });

  it('slows strangers after failures from many addresses, never the usual address', () => {
    const throttle = new LoginThrottle(limits);
    for (let i = 0; i < 40; i++) throttle.fail('li', `10.0.0.${i}`, false, 1000 + i);
    expect(throttle.waitSeconds('li', 'fresh', false, 1100)).toBeGreaterThan(0);
    expect(throttle.waitSeconds('li', 'usual', true, 1100)).toBe(0);
  });

  it('puts a ceiling on one address, except for usernames it has logged in as', () => {
    const throttle = new LoginThrottle(limits);
    for (let i = 0; i < 30; i++) throttle.fail(`user${i}`, 'NAT', false, 1000 + i);
    expect(throttle.waitSeconds('someone', 'NAT', false, 2000)).toBeGreaterThan(60);
    expect(throttle.waitSeconds('colleague', 'NAT', true, 2000)).toBe(0);
  });
});
