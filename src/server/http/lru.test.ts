import { describe, expect, it } from 'vitest';
import { Lru } from './lru.ts';

describe('a byte-bounded LRU', () => {
  const lru = () => new Lru<string>(10, (v) => v.length);

  it('drops the least recently used entries once it holds more than its bound', () => {
    const c = lru();
    c.set('a', 'xxx'); // 4 bytes with its key
    c.set('b', 'xxx');
    expect(c.get('a')).toBe('xxx'); // a is now the most recent
    c.set('c', 'xxx');
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe('xxx');
    expect(c.get('c')).toBe('xxx');
    expect(c.bytes).toBeLessThanOrEqual(10);
  });

  it('replaces an entry without counting it twice, and never keeps one larger than itself', () => {
    const c = lru();
    c.set('a', 'xx');
    c.set('a', 'yyy');
    expect(c.bytes).toBe(4);
    c.set('big', 'x'.repeat(20));
    expect(c.get('big')).toBeUndefined();
    expect(c.size).toBe(1);
  });
});
