// tsc reads test files without Astro's language service; `astro check` types .astro imports itself.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
