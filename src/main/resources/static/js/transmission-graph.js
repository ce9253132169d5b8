// Transmission chains (ECharts force graph): cases red, close contacts orange, secondary contacts yellow; a link per
// case and contact, dashed while the contact is only suggested. The data is in the element's data-graph attribute.
(function () {
  var box = document.getElementById('graph');
  if (!box || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(box.dataset.graph);
  var categories = [
    { name: box.dataset['case'], itemStyle: { color: '#c62828' } },
    { name: box.dataset.close, itemStyle: { color: '#ef6c00' } },
    { name: box.dataset.secondary, itemStyle: { color: '#f9a825' } }
  ];
  var index = { CASE: 0, CLOSE: 1, SECONDARY: 2 };
  var chart = echarts.init(box);
  chart.setOption({
    animation: false,
    legend: [{ data: categories.map(function (c) { return c.name; }) }],
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: { repulsion: 120, edgeLength: 60 },
      categories: categories,
      label: { show: true, position: 'right' },
      data: data.nodes.map(function (n) {
        return { id: String(n.personId), name: n.maskedName, category: index[n.role], symbolSize: n.role === 'CASE' ? 22 : 12 };
      }),
      links: data.links.map(function (l) {
        return { source: String(l.fromPersonId), target: String(l.toPersonId),
                 lineStyle: { type: l.status === 'SUGGESTED' ? 'dashed' : 'solid' } };
      })
    }]
  });
  box.dataset.nodes = String(data.nodes.length);
  window.addEventListener('resize', function () { chart.resize(); });
})();
