export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/bundle.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
