// Type declarations for small untyped dependencies.
declare module 'stopword' {
  export const fra: string[];
  export const eng: string[];
}
