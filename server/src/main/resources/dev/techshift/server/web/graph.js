// The neighbourhood graph view of an entity page: reads the elements from data-src (JSON served by
// /graph-data/...), draws them with Cytoscape.js and moves to a neighbour's page when its node is tapped.
(function () {
    'use strict';
    function start() {
        var el = document.getElementById('graph');
        if (!el || typeof window.cytoscape !== 'function') {
            return;
        }
        fetch(el.getAttribute('data-src'), { headers: { 'Accept': 'application/json' } })
            .then(function (r) { return r.json(); })
            .then(function (elements) {
                var cy = window.cytoscape({
                    container: el,
                    elements: elements,
                    style: [
                        { selector: 'node', style: { 'label': 'data(label)', 'font-size': 10,
                            'background-color': '#6b8fb3', 'text-wrap': 'ellipsis', 'text-max-width': 120 } },
                        { selector: 'node[type = "fact"]', style: { 'shape': 'round-rectangle', 'background-color': '#d69a3c' } },
                        { selector: 'node[?center]', style: { 'background-color': '#b3403a', 'font-weight': 'bold' } },
                        { selector: 'edge', style: { 'label': 'data(label)', 'font-size': 8, 'width': 1,
                            'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#aaa',
                            'target-arrow-color': '#aaa', 'color': '#555' } }
                    ],
                    layout: { name: 'cose', animate: false, randomize: false }
                });
                cy.on('tap', 'node', function (evt) {
                    var href = evt.target.data('href');
                    if (href) {
                        window.location.assign(href);
                    }
                });
                window.kgGraph = cy;
                el.setAttribute('data-nodes', String(cy.nodes().length));
            })
            .catch(function (e) {
                el.textContent = 'The graph could not be drawn: ' + e;
            });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
