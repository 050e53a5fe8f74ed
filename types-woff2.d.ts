// A font file imported from a module is its public URL (Next's bundler copies it to
// /_next/static/media/ under a content hash), as components/katex-fonts.tsx uses.
declare module "*.woff2" {
  const src: string;
  export default src;
}
