import L from 'leaflet';
import { mercator, tileExtent, type PreparedBase, type Shape } from './base-map-geometry';

export type BaseStyle = { land?: string; coast: string; border: string };

function trace(ctx: CanvasRenderingContext2D, shapes: Shape[], box: ReturnType<typeof tileExtent>, size: number, ox: number, oy: number, close: boolean) {
  ctx.beginPath();
  for (const s of shapes) {
    if (s.east < box.west || s.west > box.east || s.north < box.south || s.south > box.north) continue;
    for (const ring of s.rings) {
      for (let k = 0; k < ring.length; k++) {
        const [px, py] = mercator(ring[k][0], ring[k][1], size);
        if (k === 0) ctx.moveTo(px - ox, py - oy);
        else ctx.lineTo(px - ox, py - oy);
      }
      if (close) ctx.closePath();
    }
  }
}

/**
 * Natural Earth's land and borders as canvas tiles drawn in the browser. Leaflet's own vector
 * layers keep an object per point and re-project the whole world on every view (half a
 * second on a slow machine for the 1:50m countries); a tile projects only the shapes that
 * reach it, once, and Leaflet keeps and scales tiles while zooming.
 */
export function baseMapTiles(base: PreparedBase, style: BaseStyle, options: L.GridLayerOptions = {}): L.GridLayer {
  const Tiles = L.GridLayer.extend({
    createTile(coords: L.Coords) {
      const tile = L.DomUtil.create('canvas', 'base-map-tile') as HTMLCanvasElement;
      const ratio = window.devicePixelRatio || 1;
      const tileSize = (this as L.GridLayer).getTileSize();
      tile.width = tileSize.x * ratio;
      tile.height = tileSize.y * ratio;
      const ctx = tile.getContext('2d');
      if (!ctx) return tile;
      ctx.scale(ratio, ratio);
      const size = tileSize.x * 2 ** coords.z;
      const box = tileExtent(coords.x, coords.y, coords.z);
      const [ox, oy] = [coords.x * tileSize.x, coords.y * tileSize.y];
      ctx.lineJoin = 'round';
      trace(ctx, base.land, box, size, ox, oy, true);
      if (style.land) {
        ctx.fillStyle = style.land;
        ctx.fill('evenodd');
      }
      ctx.strokeStyle = style.coast;
      ctx.lineWidth = 0.8;
      ctx.stroke();
      trace(ctx, base.borders, box, size, ox, oy, false);
      ctx.strokeStyle = style.border;
      ctx.lineWidth = 1.4;
      ctx.stroke();
      return tile;
    },
  });
  return new (Tiles as unknown as new (o: L.GridLayerOptions) => L.GridLayer)({ tileSize: 256, updateWhenZooming: false, keepBuffer: 2, ...options });
}
