// The cockpit's live parts: the alert feed (server-sent events, newest on top, highlighted, with a beep on the wall
// screen once someone turns the sound on: browsers only play sound after a click) and the charts (ECharts, drawn once
// the figures have painted, redrawn every five minutes).
(function () {
  var list = document.getElementById('alert-list');
  var sound = document.getElementById('sound');
  var audio = null;
  var kept = 30;

  if (sound) {
    sound.addEventListener('click', function () {
      var on = sound.getAttribute('aria-pressed') !== 'true';
      sound.setAttribute('aria-pressed', String(on));
      sound.textContent = on ? sound.dataset.on : sound.dataset.off;
      if (on && !audio && window.AudioContext) {
        audio = new AudioContext();
      }
    });
  }

  function beep() {
    if (!audio || !sound || sound.getAttribute('aria-pressed') !== 'true') {
      return;
    }
    var tone = audio.createOscillator();
    var gain = audio.createGain();
    tone.frequency.value = 880;
    gain.gain.value = 0.2;
    tone.connect(gain);
    gain.connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.25);
  }

  function show(alert) {
    if (list.querySelector('[data-id="' + alert.id + '"]')) {
      return;
    }
    var item = document.createElement('li');
    item.className = 'alert-item new kind-' + alert.kind;
    item.dataset.id = alert.id;
    var when = document.createElement('time');
    when.textContent = alert.time; // the district's time, as the figures
    var label = document.createElement('strong');
    label.textContent = alert.label;
    var text = document.createElement('span');
    text.textContent = ' ' + alert.text + ' ';
    item.append(when, ' ', label, text);
    if (alert.link) {
      var act = document.createElement('a');
      act.href = alert.link;
      act.textContent = list.dataset.act;
      item.append(act);
    }
    list.prepend(item);
    while (list.children.length > kept) {
      list.lastElementChild.remove();
    }
    var empty = document.getElementById('alerts-empty');
    if (empty) {
      empty.remove();
    }
    list.dataset.received = String(Number(list.dataset.received || '0') + 1);
    setTimeout(function () { item.classList.remove('new'); }, 15000);
    beep();
  }

  if (list && window.EventSource) {
    var source = new EventSource(list.dataset.stream);
    source.addEventListener('open', function () { list.dataset.connected = 'true'; });
    source.addEventListener('alert', function (e) { show(JSON.parse(e.data)); });
  }

  var charts = document.getElementById('charts');
  if (!charts || typeof echarts === 'undefined') {
    return;
  }
  var theme = charts.dataset.theme || null;
  var drawn = {};

  function plot(id, option) {
    var box = document.querySelector('#' + id + ' .plot');
    var chart = drawn[id] || (drawn[id] = echarts.init(box, theme));
    option.animation = false;
    option.backgroundColor = 'transparent';
    option.tooltip = { trigger: 'axis' };
    option.grid = { left: 48, right: 16, top: 32, bottom: 40 };
    chart.setOption(option, true);
  }

  function draw(data) {
    var t = charts.dataset;
    plot('chart-cases', {
      xAxis: { type: 'category', data: data.casesPerDay.map(function (d) { return d.date.substring(5); }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: t.cases, type: 'bar', color: '#c62828', data: data.casesPerDay.map(function (d) { return d.count; }) }]
    });
    plot('chart-scans', {
      legend: { data: [t.scans, t.denied] },
      xAxis: { type: 'category', data: data.scansPerHour.map(function (h) { return h.hour + ':00'; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t.scans, type: 'line', color: '#1565c0', data: data.scansPerHour.map(function (h) { return h.scans; }) },
        { name: t.denied, type: 'line', color: '#c62828', data: data.scansPerHour.map(function (h) { return h.denied; }) }]
    });
    plot('chart-events', {
      legend: { data: [t.received, t.closed, t.median] },
      xAxis: { type: 'category', data: data.eventsByCategory.map(function (c) { return c.name; }), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', name: 'min' }],
      series: [
        { name: t.received, type: 'bar', color: '#1565c0', data: data.eventsByCategory.map(function (c) { return c.received; }) },
        { name: t.closed, type: 'bar', color: '#2e7d32', data: data.eventsByCategory.map(function (c) { return c.closed; }) },
        { name: t.median, type: 'line', yAxisIndex: 1, color: '#ef6c00',
          data: data.eventsByCategory.map(function (c) { return c.medianCloseMinutes; }) }]
    });
    plot('chart-origins', {
      tooltip: { trigger: 'item' },
      series: [{ name: t.origins, type: 'pie', radius: ['35%', '65%'],
        data: data.underObservationByOrigin.map(function (o) { return { name: o.name, value: o.count }; }) }]
    });
    plot('chart-occupancy', {
      legend: { data: [t.people, t.beds] },
      xAxis: { type: 'category', data: data.quarantineOccupancy.map(function (s) { return s.site; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t.people, type: 'bar', stack: 'beds', color: '#ef6c00', data: data.quarantineOccupancy.map(function (s) { return s.people; }) },
        { name: t.beds, type: 'bar', stack: 'beds', color: '#90a4ae', data: data.quarantineOccupancy.map(function (s) { return s.freeBeds; }) }]
    });
    charts.dataset.drawn = String(Object.keys(drawn).length);
  }

  function load() {
    fetch(charts.dataset.url, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(draw)
      .catch(function (status) { charts.dataset.error = String(status); });
  }

  load();
  setInterval(load, 300000);
  window.addEventListener('resize', function () { Object.keys(drawn).forEach(function (k) { drawn[k].resize(); }); });
})();
