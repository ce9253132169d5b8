// Gate: read QR codes with the phone's camera (html5-qrcode, served from its WebJar). A decoded code fills the
// scanner field and checks the person at once. The same code is never sent twice in a row: a token lets a person
// through once, so a second reading of a code still in view would be refused as a replay.
(function () {
  var button = document.getElementById('camera-start');
  var box = document.getElementById('camera');
  var failed = document.getElementById('camera-error');
  var form = document.getElementById('gate-form');
  if (!button || !box || !form || typeof Html5Qrcode === 'undefined') {
    return;
  }
  var reader = null;
  var last = null;
  function stop() {
    if (reader) {
      reader.stop().catch(function () {}).then(function () { reader = null; });
    }
    box.hidden = true;
    button.textContent = button.dataset.start;
  }
  button.addEventListener('click', function () {
    if (reader) {
      stop();
      return;
    }
    failed.hidden = true;
    box.hidden = false;
    button.textContent = button.dataset.stop;
    reader = new Html5Qrcode('camera');
    reader.start({ facingMode: 'environment' }, { fps: 10 }, function (text) {
      if (text === last) {
        return;
      }
      last = text;
      form.querySelector('[name=token]').value = text;
      form.querySelector('[name=idNumber]').value = '';
      form.requestSubmit();
    }).catch(function () {
      reader = null;
      stop();
      failed.hidden = false;
    });
  });
})();
