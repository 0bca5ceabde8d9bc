import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** What the baseline did: bytes read, sentences and tokens found, seconds taken. */
export type BaselineRun = { bytes: number; documents: number; sentences: number; tokens: number; seconds: number };

/**
 * The reference point for extraction speed: wink-nlp with its English lite model reading
 * each document and listing its sentences and tokens, the least an NLP pipeline does.
 * @example const run = baseline(docs.slice(0, 2000).map((d) => d.text))
 */
export function baseline(texts: string[], onProgress?: (done: number) => void): BaselineRun {
  const nlp = winkNLP(model);
  // Warm up the model's lazy tables so the timing is of steady-state reading.
  nlp.readDoc(texts[0] ?? '').tokens().out();
  let sentences = 0;
  let tokens = 0;
  let bytes = 0;
  const started = performance.now();
  texts.forEach((text, i) => {
    const doc = nlp.readDoc(text);
    sentences += doc.sentences().out().length;
    tokens += doc.tokens().out().length;
    bytes += Buffer.byteLength(text);
    if (onProgress && (i + 1) % 500 === 0) onProgress(i + 1);
  });
  return { bytes, documents: texts.length, sentences, tokens, seconds: (performance.now() - started) / 1000 };
}
