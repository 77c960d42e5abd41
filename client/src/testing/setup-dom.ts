import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks a few browser APIs that antd and react-router rely on.

Object.assign(window, { TextEncoder, TextDecoder });

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe = () => undefined;
  unobserve = () => undefined;
  disconnect = () => undefined;
}
window.ResizeObserver = ResizeObserverStub;

// jsdom throws "Not implemented" for pseudo-element styles, which antd asks for while measuring.
const computeStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computeStyle(element);

// antd's form batches watchers in a macrotask through MessageChannel, which jsdom does not provide.
class MessagePortStub {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  peer: MessagePortStub | null = null;
  postMessage(data: unknown) {
    setTimeout(() => this.peer?.onmessage?.({ data }));
  }
  close = () => undefined;
}

class MessageChannelStub {
  port1 = new MessagePortStub();
  port2 = new MessagePortStub();
  constructor() {
    this.port1.peer = this.port2;
    this.port2.peer = this.port1;
  }
}
Object.defineProperty(window, 'MessageChannel', { writable: true, value: MessageChannelStub });

// A role query over a whole antd page takes hundreds of milliseconds in jsdom, more on a busy
// machine: the default one-second wait and five-second test limit fail working pages.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);
