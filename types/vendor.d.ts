// Type declarations for small untyped dependencies.
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  const snowball: { newStemmer(language: string): Stemmer; algorithms(): string[] };
  export default snowball;
}

declare module 'stopword' {
  export const fra: string[];
  export const eng: string[];
}
