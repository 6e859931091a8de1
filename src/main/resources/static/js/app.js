// UserTasks web inbox: the little JavaScript the server-rendered pages need.
// htmx does the requests; this file adds the CSRF header, live updates from the
// event stream, and keyboard navigation.
(function () {
	'use strict';

	function meta(name) {
		var element = document.querySelector('meta[name="' + name + '"]');
		return element ? element.getAttribute('content') : null;
	}

	// Every htmx request that changes something carries the CSRF token.
	document.addEventListener('htmx:configRequest', function (event) {
		var header = meta('csrf-header');
		var token = meta('csrf-token');
		if (header && token) {
			event.detail.headers[header] = token;
		}
	});

	// "Go back" links on error pages.
	document.addEventListener('click', function (event) {
		var link = event.target.closest && event.target.closest('a.history-back');
		if (link && window.history.length > 1) {
			event.preventDefault();
			window.history.back();
		}
	});

	// --- Live updates: parts of a page marked data-live-refresh reload themselves
	// (htmx "live-refresh" trigger) when the event stream reports a change. A part with
	// data-task-uid only reloads for events of that task.
	var EVENTS = ['created', 'updated', 'deleted', 'statuschanged', 'assigned', 'commented', 'commentupdated',
		'commentdeleted', 'deadlineapproaching', 'overdue'];
	var pending = null;
	var changedTasks = {};
	var anyChange = false;

	// Typed text the person has not saved yet, such as an opened comment edit inside the
	// task page's live part.
	function hasUnsavedText(part) {
		return Array.prototype.some.call(part.querySelectorAll('textarea, input[type=text]'), function (field) {
			return field.value !== field.defaultValue;
		});
	}

	function refreshLiveParts() {
		pending = null;
		var parts = document.querySelectorAll('[data-live-refresh]');
		parts.forEach(function (part) {
			var uid = part.getAttribute('data-task-uid');
			if ((uid && changedTasks[uid]) || (!uid && anyChange)) {
				if ((part.contains(document.activeElement) && document.activeElement.matches('input, textarea, select'))
						|| hasUnsavedText(part)) {
					return; // never pull the page from under someone typing
				}
				window.htmx.trigger(part, 'live-refresh');
			}
		});
		changedTasks = {};
		anyChange = false;
	}

	function onTaskEvent(event) {
		try {
			var data = JSON.parse(event.data);
			if (data.Uid) {
				changedTasks[data.Uid] = true;
			}
		}
		catch (ignored) {
			// not JSON: refresh the lists anyway
		}
		anyChange = true;
		if (!pending) {
			pending = window.setTimeout(refreshLiveParts, 250);
		}
	}

	function connectLive() {
		if (document.body.getAttribute('data-live') !== 'on' || !window.EventSource) {
			return;
		}
		var source = new EventSource('/ui/events');
		EVENTS.forEach(function (name) {
			source.addEventListener('usertasks:' + name, onTaskEvent);
		});
		source.addEventListener('open', function () {
			document.body.setAttribute('data-live-connected', 'true');
		});
		source.addEventListener('error', function () {
			document.body.setAttribute('data-live-connected', 'false');
		});
	}

	// --- Keyboard: j/k move between tasks in a list, / jumps to the search box,
	// n opens a new task. Keys typed into fields are left alone.
	function typing(target) {
		return target.closest && target.closest('input, textarea, select, [contenteditable="true"]');
	}

	document.addEventListener('keydown', function (event) {
		if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
			return;
		}
		var links = Array.prototype.slice.call(document.querySelectorAll('a.task-link'));
		var index = links.indexOf(document.activeElement);
		if (event.key === 'j' || event.key === 'k') {
			if (links.length === 0) {
				return;
			}
			var next = event.key === 'j' ? Math.min(index + 1, links.length - 1) : Math.max(index - 1, 0);
			links[next].focus();
			event.preventDefault();
		}
		else if (event.key === '/') {
			var search = document.getElementById('q');
			if (search) {
				search.focus();
				event.preventDefault();
			}
		}
		else if (event.key === 'n' && document.querySelector('a[href="/tasks/new"]')) {
			window.location.assign('/tasks/new');
		}
	});

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', connectLive);
	}
	else {
		connectLive();
	}
})();
