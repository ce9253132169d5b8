// The report form's location: the phone's position while the page is open, when the user asks for it, or a point
// picked on the map of the grids (drawn from their boundaries: no map tiles, nothing from the internet).
document.addEventListener('DOMContentLoaded', () => {
  const button = document.getElementById('locate');
  const status = document.getElementById('located');
  const element = document.getElementById('pick-map');
  let marker = null;
  let map = null;

  function place(lat, lon) {
    document.getElementById('lat').value = lat.toFixed(6);
    document.getElementById('lon').value = lon.toFixed(6);
    status.textContent = status.dataset.done + ' ' + lat.toFixed(5) + ', ' + lon.toFixed(5);
    if (map) {
      if (marker) {
        marker.setLatLng([lat, lon]);
      } else {
        marker = L.circleMarker([lat, lon], {radius: 8, color: '#b42318'}).addTo(map);
      }
    }
  }

  if (element && typeof L !== 'undefined') {
    const data = JSON.parse(element.dataset.map);
    map = L.map(element, {attributionControl: false});
    const grids = L.geoJSON(data.grids, {style: {color: '#0f6b4f', weight: 1, fillOpacity: 0.06}});
    // Leaflet draws nothing before the map has a view: place it first
    if (data.grids.length > 0) {
      map.fitBounds(grids.getBounds());
    } else {
      map.setView([30.27, 120.15], 12);
    }
    grids.addTo(map);
    map.on('click', e => place(e.latlng.lat, e.latlng.lng));
    element.dataset.drawn = String(data.grids.length);
  }

  if (!button || !navigator.geolocation) {
    if (button) button.hidden = true;
    return;
  }
  button.addEventListener('click', () => {
    navigator.geolocation.getCurrentPosition(position => {
      place(position.coords.latitude, position.coords.longitude);
      if (map) map.setView([position.coords.latitude, position.coords.longitude], Math.max(map.getZoom(), 15));
    }, () => { status.textContent = status.dataset.failed; }, {enableHighAccuracy: true, timeout: 10000});
  });
});
