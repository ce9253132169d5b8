// The gate's infrared thermometer: one tap takes the temperature it read in the last 30 s into the form.
(function () {
  const button = document.getElementById('thermometer');
  const field = document.getElementById('temperature');
  const note = document.getElementById('thermometer-note');
  if (!button || !field) {
    return;
  }
  button.addEventListener('click', async () => {
    note.textContent = '';
    try {
      const answer = await fetch(button.dataset.url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
      const body = await answer.json();
      if (answer.ok) {
        field.value = body.temperature;
        note.textContent = button.dataset.read.replace('{0}', body.deviceCode);
      } else {
        note.textContent = body.message;
      }
    } catch (failed) {
      note.textContent = failed.message;
    }
  });
})();
