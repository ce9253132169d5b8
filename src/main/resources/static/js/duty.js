// On duty: while the page is open and the worker has switched sharing on, the phone's position goes to the server
// every time it changes (at most every 30 s). Nothing is shared once the page is closed or sharing is switched off.
document.addEventListener('DOMContentLoaded', () => {
  const section = document.getElementById('on-duty');
  const toggle = document.getElementById('duty-toggle');
  const status = document.getElementById('duty-status');
  if (!section || !navigator.geolocation) {
    if (section) section.hidden = true;
    return;
  }
  const token = document.querySelector('meta[name="csrf-token"]');
  const header = document.querySelector('meta[name="csrf-header"]');
  let watch = null;
  let last = 0;
  const send = position => {
    if (Date.now() - last < 30000) return;
    last = Date.now();
    const headers = {'Content-Type': 'application/json'};
    if (token && header) headers[header.content] = token.content;
    fetch(section.dataset.post, {method: 'POST', headers, body: JSON.stringify({
      lat: position.coords.latitude, lon: position.coords.longitude, accuracy: position.coords.accuracy,
      at: new Date(position.timestamp).toISOString()})});
  };
  toggle.addEventListener('click', () => {
    if (watch === null) {
      watch = navigator.geolocation.watchPosition(send, () => { status.textContent = section.dataset.failed; },
        {enableHighAccuracy: true, maximumAge: 10000});
      status.textContent = section.dataset.on;
      toggle.textContent = toggle.dataset.stop;
    } else {
      navigator.geolocation.clearWatch(watch);
      watch = null;
      status.textContent = section.dataset.off;
      toggle.textContent = toggle.dataset.start;
    }
  });
});
