import { namespaceLevels, namespaceParam, requireName, lookedUpNamespace } from './names';

describe('names', () => {
  it('accepts letters, digits, _ and -', () => {
    expect(requireName('order_lines-v2', '/table')).toBe('order_lines-v2');
    expect(namespaceParam('sales')).toBe('sales');
    expect(namespaceLevels(['sales'], '/namespace')).toBe('sales');
  });

  it.each(['..', '../etc', 'a/b', 'a\\b', '.hidden', '-x', 'a b', 'tab\there', 'nul\u0000', '', 'x'.repeat(129)])(
    'refuses %j, naming the parameter',
    (name) => {
      expect(() => requireName(name, '/table')).toThrow(expect.objectContaining({ status: 400 }));
      expect(() => requireName(name, '/table')).toThrow('invalid /table');
    },
  );

  it('shows control characters escaped in the message', () => {
    expect(() => requireName('a\u0001b', '/table')).toThrow("'a\\u0001b'");
  });

  it('refuses multipart namespaces', () => {
    expect(() => namespaceParam('a\u001fb')).toThrow('invalid /namespace');
    expect(() => namespaceLevels(['a', 'b'], '/namespace')).toThrow('invalid /namespace: expected one level');
    expect(() => namespaceLevels(['a/b'], '/namespace')).toThrow('invalid /namespace/0');
  });

  it('answers a table looked up in a multipart namespace as missing (how Spark finds metadata tables)', () => {
    expect(() => lookedUpNamespace('sales\u001forders', 'files')).toThrow(
      expect.objectContaining({ status: 404, message: 'Table does not exist: sales.orders.files' }),
    );
    expect(lookedUpNamespace('sales', 'orders')).toBe('sales');
    expect(() => lookedUpNamespace('..', 'orders')).toThrow('invalid /namespace');
  });
});
