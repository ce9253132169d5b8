// The risk map: each compound and rental apartment in its colour over the communities' outlines (a tile layer only when
// the district configured one: nothing is fetched from the internet otherwise). A click shows the place's indicators
// and why it has its colour, with a link to its history.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('risk-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var colours = { RED: '#c62828', YELLOW: '#f9a825', GREEN: '#2e7d32' };
  var map = L.map(element, { attributionControl: false });
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
  }
  var outlines = L.geoJSON(JSON.parse(element.dataset.outlines), { style: { color: '#607d8b', weight: 1, fillOpacity: 0.03 } });
  outlines.addTo(map);
  if (outlines.getLayers().length > 0) {
    map.fitBounds(outlines.getBounds());
  } else {
    map.setView([30.27, 120.15], 12);
  }

  function popup(p) {
    var box = document.createElement('div');
    var title = document.createElement('strong');
    title.textContent = p.name;
    box.append(title);
    var list = document.createElement('ul');
    Object.keys(p.indicators).forEach(function (k) {
      var reason = p.reasons.find(function (r) { return r.indicator === k; });
      var item = document.createElement('li');
      item.textContent = reason ? reason.text : k + ': ' + p.indicators[k];
      if (reason) {
        item.className = reason.colour.toLowerCase();
      }
      list.append(item);
    });
    box.append(list);
    var more = document.createElement('a');
    more.href = element.dataset.history + '?place=' + p.placeId + (element.dataset.node ? '&nodeId=' + element.dataset.node : '');
    more.textContent = element.dataset.more;
    box.append(more);
    return box;
  }

  fetch(element.dataset.url, { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var chosen = null;
      var layer = L.geoJSON(data, {
        style: function (f) {
          return { color: colours[f.properties.colour], weight: 2, fillOpacity: 0.45 };
        },
        pointToLayer: function (f, at) {
          return L.circleMarker(at, { radius: 8, color: colours[f.properties.colour], fillOpacity: 0.7 });
        },
        onEachFeature: function (f, l) {
          l.bindPopup(function () { return popup(f.properties); });
          if (String(f.properties.placeId) === element.dataset.chosen) {
            chosen = l;
          }
        }
      }).addTo(map);
      element.dataset.places = String(data.features.length);
      element.dataset.red = String(data.features.filter(function (f) { return f.properties.colour === 'RED'; }).length);
      if (chosen) {
        map.fitBounds(chosen.getBounds ? chosen.getBounds() : L.latLngBounds([chosen.getLatLng()]), { maxZoom: 16 });
        chosen.openPopup();
      }
    });
});
