// Asks NCALayer (the NCA's signing application on the applicant's computer, wss://127.0.0.1:13579) to sign the
// request's content to sign (its UTF-8 bytes, encapsulated in the CMS) with the applicant's key, and puts the signature
// into the form. Without it, or without JavaScript, a signature made elsewhere is pasted into the same field.
(function () {
  var button = document.getElementById('ncalayer-sign');
  var field = document.getElementById('signature');
  if (!button || !field || !window.WebSocket || !window.TextEncoder) { return; }
  function base64(bytes) {
    var binary = '';
    for (var i = 0; i < bytes.length; i++) { binary += String.fromCharCode(bytes[i]); }
    return btoa(binary);
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    var socket = new WebSocket('wss://127.0.0.1:13579/');
    socket.onopen = function () {
      socket.send(JSON.stringify({
        module: 'kz.gov.pki.knca.basics', method: 'sign',
        args: {
          allowedStorages: ['AKKaztokenStore', 'AKKZIDCardStore', 'PKCS12'], format: 'cms',
          data: base64(new TextEncoder().encode(field.getAttribute('data-content'))),
          signingParams: { decode: 'true', encapsulate: 'true', digested: 'false', tsaProfile: {} },
          signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.4'], chain: [] }, locale: document.documentElement.lang
        }
      }));
    };
    socket.onmessage = function (event) {
      var answer = JSON.parse(event.data);
      if (answer.status === true && answer.body && answer.body.result) {
        field.value = [].concat(answer.body.result)[0];
        socket.close();
      }
    };
    socket.onerror = function () { field.focus(); };
  });
})();
