import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/stages/decode/index.js';
import { StageError } from '../../src/stages/errors.js';

const KO = '행정안전부는 3일 서울에서 지방정부 디지털 협력 회의를 열었다. 똠방각하 뷁 쀍 같은 확장 한글도 있다.';
const TH = 'กระทรวงการต่างประเทศได้จัดการประชุมเต็มคณะในหัวข้อ “การสร้างและพัฒนาภาคการทูต” ซึ่งเป็นส่วนหนึ่งของการประชุม';

const html = (body: string, head = ''): string => `<!DOCTYPE html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;

function decodeError(bytes: Uint8Array, format: 'html' | 'text' = 'html'): StageError {
  try {
    decode(bytes, { format });
  } catch (e) {
    expect(e).toBeInstanceOf(StageError);
    return e as StageError;
  }
  throw new Error('expected decode to throw');
}

describe('decode: BOM and UTF-16', () => {
  it('strips a UTF-8 BOM and reports it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(KO, 'utf8')]);
    const d = decode(bytes, { format: 'text' });
    expect(d).toMatchObject({ encoding: 'utf-8', encodingSource: 'bom' });
    expect(d.text).toBe(KO);
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM, even against a meta tag', () => {
    const page = html(TH, '<meta charset="windows-874">');
    const le = decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]), { format: 'html' });
    expect(le).toMatchObject({ encoding: 'utf-16le', encodingSource: 'bom' });
    expect(le.text).toContain(TH);
    const be = decode(iconv.encode(page, 'utf16be', { addBOM: true }), { format: 'html' });
    expect(be).toMatchObject({ encoding: 'utf-16be', encodingSource: 'bom' });
    expect(be.text).toContain(TH);
  });

  it('recognises BOM-less UTF-16LE by its NUL pattern', () => {
    const d = decode(Buffer.from(html(KO), 'utf16le'), { format: 'html' });
    expect(d).toMatchObject({ encoding: 'utf-16le', encodingSource: 'detected' });
    expect(d.text).toContain(KO);
  });
});

describe('decode: declared legacy charsets', () => {
  it('decodes EUC-KR declared by <meta charset> as CP949 (extended Hangul survives)', () => {
    const d = decode(iconv.encode(html(KO, '<meta charset="euc-kr">'), 'cp949'), { format: 'html' });
    expect(d).toMatchObject({ encoding: 'euc-kr', encodingSource: 'meta', warnings: [] });
    expect(d.text).toContain('똠방각하 뷁 쀍');
  });

  it('maps ks_c_5601-1987 in http-equiv to euc-kr', () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">';
    const d = decode(iconv.encode(html(KO, head), 'cp949'), { format: 'html' });
    expect(d.encoding).toBe('euc-kr');
    expect(d.encodingSource).toBe('meta');
    expect(d.text).toContain(KO);
  });

  it('decodes TIS-620 as windows-874 (smart quotes in 0x80–0x9F included)', () => {
    const bytes = iconv.encode(html(TH, '<meta http-equiv="Content-Type" content="text/html; charset=TIS-620">'), 'windows-874');
    // The curly quotes are windows-874 extensions, bytes 0x93/0x94.
    expect([...bytes]).toContain(0x93);
    const d = decode(bytes, { format: 'html' });
    expect(d).toMatchObject({ encoding: 'windows-874', encodingSource: 'meta' });
    expect(d.text).toContain(TH);
  });

  it('lets the caller hint win over the meta tag', () => {
    const bytes = iconv.encode(html(KO, '<meta charset="windows-874">'), 'cp949');
    const d = decode(bytes, { format: 'html', encoding: 'CP949' });
    expect(d).toMatchObject({ encoding: 'euc-kr', encodingSource: 'hint' });
    expect(d.text).toContain(KO);
  });

  it('keeps a Latin-1 page with only symbols (°, ©, smart quotes) as windows-1252', () => {
    const page = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Up to 4\u00b0C cooler \u2013 \u201cgood\u201d news \u00a9 UN</p>';
    const d = decode(iconv.encode(page, 'windows-1252'), { format: 'html' });
    expect(d).toMatchObject({ encoding: 'windows-1252', encodingSource: 'meta', warnings: [] });
    expect(d.text).toContain('4°C cooler – “good” news © UN');
  });
});

describe('decode: detection and mis-declared pages', () => {
  it('detects undeclared EUC-KR', () => {
    const d = decode(iconv.encode(html(KO), 'cp949'), { format: 'html' });
    expect(d).toMatchObject({ encoding: 'euc-kr', encodingSource: 'detected' });
    expect(d.text).toContain(KO);
  });

  it('detects undeclared windows-874 plain text', () => {
    const d = decode(iconv.encode(`${TH}\n\n${TH}`, 'windows-874'), { format: 'text' });
    expect(d).toMatchObject({ encoding: 'windows-874', encodingSource: 'detected' });
    expect(d.text).toContain(TH);
  });

  it('catches a page declared UTF-8 whose bytes are EUC-KR', () => {
    const d = decode(iconv.encode(html(KO, '<meta charset="utf-8">'), 'cp949'), { format: 'html' });
    expect(d.encoding).toBe('euc-kr');
    expect(d.encodingSource).toBe('detected');
    expect(d.warnings).toContain('charset-mismatch');
    expect(d.text).toContain(KO);
  });

  it('catches a page declared EUC-KR whose bytes are UTF-8', () => {
    const d = decode(Buffer.from(html(KO, '<meta charset="euc-kr">'), 'utf8'), { format: 'html' });
    expect(d).toMatchObject({ encoding: 'utf-8', encodingSource: 'detected' });
    expect(d.warnings).toContain('charset-mismatch');
    expect(d.text).toContain(KO);
  });

  it('catches Thai windows-874 bytes declared as EUC-KR', () => {
    const d = decode(iconv.encode(html(`${TH} ${TH}`, '<meta charset="euc-kr">'), 'windows-874'), { format: 'html' });
    expect(d.encoding).toBe('windows-874');
    expect(d.warnings).toContain('charset-mismatch');
    expect(d.text).toContain(TH);
  });

  it('keeps a declared UTF-8 page with one stray byte as UTF-8 (replacement character, warning)', () => {
    const good = Buffer.from(html(`${KO} ${KO} ${KO}`, '<meta charset="utf-8">'), 'utf8');
    const at = good.indexOf(Buffer.from('<p>')) + 3;
    const bytes = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at)]);
    const d = decode(bytes, { format: 'html' });
    expect(d).toMatchObject({ encoding: 'utf-8', encodingSource: 'meta' });
    expect(d.warnings).toEqual(['replacement-characters']);
    expect(d.text).toContain(`\ufffd${KO}`);
  });

  it('catches EUC-KR bytes declared as windows-874', () => {
    const d = decode(iconv.encode(html(`${KO} ${KO}`, '<meta charset="windows-874">'), 'cp949'), { format: 'html' });
    expect(d.encoding).toBe('euc-kr');
    expect(d.warnings).toContain('charset-mismatch');
    expect(d.text).toContain(KO);
  });

  it('treats undeclared ASCII as UTF-8 by default and valid UTF-8 as detected', () => {
    expect(decode(Buffer.from('plain ascii'), { format: 'text' })).toMatchObject({ encoding: 'utf-8', encodingSource: 'default' });
    expect(decode(Buffer.from(KO), { format: 'text' })).toMatchObject({ encoding: 'utf-8', encodingSource: 'detected' });
  });

  it('outputs NFC', () => {
    const nfd = '한국 café'.normalize('NFD');
    expect(nfd).not.toBe('한국 café');
    expect(decode(Buffer.from(nfd, 'utf8'), { format: 'text' }).text).toBe('한국 café');
  });
});

describe('decode: bad input', () => {
  it('rejects empty and whitespace-only input', () => {
    expect(decodeError(new Uint8Array(0))).toMatchObject({ stage: 'decode', code: 'empty-input' });
    expect(decodeError(Buffer.from(' \n\t\r\n  '))).toMatchObject({ code: 'empty-input' });
    expect(decodeError(Buffer.from('\u00a0 \u3000', 'utf8'))).toMatchObject({ code: 'empty-input' });
  });

  it.each([
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['gif', [...Buffer.from('GIF89a'), 1, 0, 1, 0]],
    ['pdf', [...Buffer.from('%PDF-1.7\n%\xe2\xe3')]],
    ['zip', [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]],
  ])('rejects %s bytes as binary-input', (_name, bytes) => {
    expect(decodeError(Uint8Array.from(bytes as number[]))).toMatchObject({ code: 'binary-input' });
  });

  it('rejects NUL-ridden and control-character data as binary-input', () => {
    const nul = Buffer.alloc(2000, 0x41);
    for (let i = 0; i < 2000; i += 7) nul[i] = 0;
    expect(decodeError(nul)).toMatchObject({ code: 'binary-input' });
    const ctrl = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x61)));
    expect(decodeError(ctrl)).toMatchObject({ code: 'binary-input' });
  });

  it('rejects bytes that decode to nothing sensible as invalid-encoding', () => {
    // Pseudo-random high bytes: every decoding is mostly replacement characters or noise.
    let x = 2463534242;
    const bytes = Buffer.from(Array.from({ length: 4000 }, () => {
      // xorshift32
      x ^= x << 13;
      x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      return 0x80 | (x >>> 24);
    }));
    expect(decodeError(bytes, 'text')).toMatchObject({ code: 'invalid-encoding' });
  });
});
