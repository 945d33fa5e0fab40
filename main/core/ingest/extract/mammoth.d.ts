// The part of mammoth's API the importer uses (mammoth ships no types).
declare module 'mammoth' {
  interface Result {
    value: string;
    messages: { type: string; message: string }[];
  }
  interface ImageConverter {
    readonly __imageConverter: unique symbol;
  }
  export const images: {
    imgElement(f: (image: unknown) => Promise<{ src: string }>): ImageConverter;
  };
  export function convertToHtml(input: { buffer: Buffer }, options?: { convertImage?: ImageConverter; ignoreEmptyParagraphs?: boolean }): Promise<Result>;
  const mammoth: { convertToHtml: typeof convertToHtml; images: typeof images };
  export default mammoth;
}
