import { describe, expect, it } from 'vitest';
import { boundsOf, endOf, startOf } from '../charts/periods';
import { boundsFor, pan, viewOf, zoomIn, zoomOut, type View } from './zoom';

const view = (from: string, to: string): View => [startOf(from), endOf(to)];
const said = (v: View) => boundsOf(v[0], v[1]);

describe('zooming the timeline', () => {
  const record = view('1988', '2024');

  it('reads the view from the filters, the record filling in an open end', () => {
    expect(viewOf(undefined, undefined, record)).toEqual(record);
    expect(viewOf('2020-09', undefined, record)).toEqual([startOf('2020-09'), endOf('2024')]);
    expect(viewOf(undefined, undefined, undefined)).toBeUndefined();
  });

  it('zooms from decades to days, in whole years or months while those are the bars', () => {
    expect(said(zoomIn(record))).toEqual({ from: '2000', to: '2012' });
    expect(said(zoomIn(view('2020', '2020')))).toEqual({ from: '2020-05', to: '2020-08' });
    expect(said(zoomIn(view('2020-09-27', '2020-09-29')))).toEqual({ from: '2020-09-28', to: '2020-09-28' });
    expect(said(zoomIn(view('2020-09-27', '2020-09-27')))).toEqual({ from: '2020-09-27', to: '2020-09-27' });
    expect(said(zoomIn(view('2016', '2024'), startOf('2020-10')))).toEqual({ from: '2019-04', to: '2022-04' });
  });

  it('zooms out within the record, and to the whole record once it covers it', () => {
    expect(said(zoomOut(view('2020-09', '2020-11'), record))).toEqual({ from: '2020-06', to: '2021-03' });
    expect(boundsFor(zoomOut(view('2000', '2020'), record), record)).toBeUndefined();
  });

  it('moves a whole view earlier or later', () => {
    expect(said(pan(view('2020', '2021'), -1))).toEqual({ from: '2018', to: '2019' });
    expect(said(pan(view('2020-09', '2020-11'), 1))).toEqual({ from: '2020-12', to: '2021-02' });
    expect(said(pan(view('2020-09-27', '2020-10-03'), 1))).toEqual({ from: '2020-10-04', to: '2020-10-10' });
  });
});
