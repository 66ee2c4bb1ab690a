// The first view's strings, made from the locale files at build (scripts/vite/first-view-text-plugin.ts);
// firstViewText.ts gives them their type.
declare module 'virtual:first-view-text' {
  const text: unknown;
  export default text;
}
