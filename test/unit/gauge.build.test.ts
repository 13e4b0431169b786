import { describe, expect, it } from 'vitest';

// rollup.config.mjs is plain JS without types: import it by a computed path and type what we use.
const config = (await import('../../rollup.config.mjs' as string)) as {
  minifyCssPart(text: string): string;
  collapseHtmlPart(text: string): string;
};
const { minifyCssPart, collapseHtmlPart } = config;

describe('minifyCssPart', () => {
  it('minifyCssPart() drops comments, whitespace runs and the last semicolon of a block', () => {
    expect(minifyCssPart('\n  /* note */\n  .a {\n    color: red;\n    margin: 0 0 1px;\n  }\n')).toBe(
      ' .a{color:red;margin:0 0 1px}',
    );
  });
  it('minifyCssPart() keeps descendant combinators and pseudo-class spacing (a :hover ≠ a:hover)', () => {
    expect(minifyCssPart('.x :hover, .y:focus-visible {}')).toBe('.x :hover,.y:focus-visible{}');
    expect(minifyCssPart(':host(:not([no-animation])) .value { a: b }')).toBe(
      ':host(:not([no-animation])) .value{a:b}',
    );
  });
  it('minifyCssPart() keeps the spaces calc() needs and the space of an empty custom property', () => {
    expect(minifyCssPart('.a { width: calc(1px + 2px); --on: ; }')).toBe('.a{width:calc(1px + 2px);--on: }');
  });
  it('minifyCssPart() leaves quoted strings exactly as written', () => {
    expect(minifyCssPart(':host([theme=\'dark  x\']) { content: "a  /* b */ ;"; }')).toBe(
      ':host([theme=\'dark  x\']){content:"a  /* b */ ;"}',
    );
  });
  it('minifyCssPart() drops a comment with an apostrophe in it (the apostrophe starts no string)', () => {
    expect(minifyCssPart("/* the page's font */\n.a {\n  color: red;\n}\n/* it's */ .b { margin: 0; }")).toBe(
      ' .a{color:red}.b{margin:0}',
    );
  });
  it('minifyCssPart() reads nested var() fallbacks and media queries', () => {
    expect(
      minifyCssPart('@media (prefers-color-scheme: dark) {\n  .a { color: var(--x, var(--y, #fff)); }\n}'),
    ).toBe('@media (prefers-color-scheme:dark){.a{color:var(--x,var(--y,#fff))}}');
  });
});

describe('collapseHtmlPart', () => {
  it('collapseHtmlPart() turns a whitespace run with a line break into one space', () => {
    expect(collapseHtmlPart('<div\n    class="a"\n    part="b"\n  >\n  ')).toBe('<div class="a" part="b" > ');
  });
  it('collapseHtmlPart() keeps whitespace on one line (text spacing) as written', () => {
    expect(collapseHtmlPart('<span class="year">  2018</span>')).toBe('<span class="year">  2018</span>');
  });
});
