/** Someone's words in quotation marks; text that already quotes people (a summary of a survey, say) as it is. */
export const asQuote = (text: string) => (/[“”"]/.test(text) ? text.trim() : `“${text.trim()}”`);
