// The report form's location: the phone's position while the page is open, when the user asks for it.
document.addEventListener('DOMContentLoaded', () => {
  const button = document.getElementById('locate');
  const status = document.getElementById('located');
  if (!button || !navigator.geolocation) {
    if (button) button.hidden = true;
    return;
  }
  button.addEventListener('click', () => {
    navigator.geolocation.getCurrentPosition(position => {
      document.getElementById('lat').value = position.coords.latitude.toFixed(6);
      document.getElementById('lon').value = position.coords.longitude.toFixed(6);
      status.textContent = status.dataset.done + ' ' + position.coords.latitude.toFixed(5) + ', ' + position.coords.longitude.toFixed(5);
    }, () => { status.textContent = status.dataset.failed; }, {enableHighAccuracy: true, timeout: 10000});
  });
});
