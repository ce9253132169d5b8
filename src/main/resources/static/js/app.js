// Sends the CSRF token with every htmx request (pages are protected by Spring Security's CSRF filter).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// Print buttons (inline handlers are refused by the content security policy).
document.addEventListener('click', function (event) {
  if (event.target.matches('[data-print]')) {
    window.print();
  }
});
// Gate: after a decision, empty the identity fields and focus the scanner field for the next person. The plate
// stays: the passengers of a vehicle are checked one after another under its plate.
document.addEventListener('htmx:afterRequest', function (event) {
  var form = event.target.closest && event.target.closest('form[data-next-person]');
  if (form && event.detail.successful) {
    form.querySelector('[name=token]').value = '';
    form.querySelector('[name=idNumber]').value = '';
    if (document.querySelector('#camera:not([hidden])')) {
      document.getElementById('result').scrollIntoView();  // the camera is reading: keep the decision in sight
    } else {
      form.querySelector('[name=token]').focus();
    }
  }
});
