/// <reference types="astro/client" />

// Plain `tsc` cannot read .astro files (astro check can); this lets .ts modules re-export them.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
