// A grid worker's day on the map: the grids' boundaries (no map tiles: nothing is loaded from the internet), the
// positions shared on duty as a line, the start and the end marked.
(function () {
  const element = document.getElementById('map');
  if (!element || typeof L === 'undefined') return;
  const data = JSON.parse(element.dataset.map);
  const map = L.map(element, {attributionControl: false});
  const grids = L.geoJSON(data.grids, {style: {color: '#8a9a8f', weight: 1, fillOpacity: 0.04}});
  const line = data.points.map(p => [p.lat, p.lon]);
  // Leaflet draws nothing before the map has a view: place it first
  if (line.length > 0) {
    map.fitBounds(L.latLngBounds(line).pad(0.3));
  } else if (data.grids.length > 0) {
    map.fitBounds(grids.getBounds());
  } else {
    map.setView([30.27, 120.15], 12);
  }
  grids.addTo(map);
  if (line.length > 0) {
    L.polyline(line, {color: '#0f6b4f', weight: 4}).addTo(map);
    L.circleMarker(line[0], {radius: 6, color: '#0f6b4f'}).addTo(map).bindTooltip(data.points[0].at);
    L.circleMarker(line[line.length - 1], {radius: 6, color: '#b42318'}).addTo(map).bindTooltip(data.points[data.points.length - 1].at);
  }
  element.dataset.drawn = String(line.length);
})();
