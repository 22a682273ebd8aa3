// The crew's forms with photos (submit, edit), where the browser allows: a preview of each chosen photo, photos shrunk
// to about 2,048 px before they leave the phone (a few hundred kB instead of 3-4 MB on a
// yard's cell signal), and the upload sent with a progress bar. Without this script the
// form posts as it is; the server does the same work either way.
(function () {
	'use strict';

	var LONG_EDGE = 2048;
	var QUALITY = 0.85;

	if (!window.FormData || !window.XMLHttpRequest || !window.Promise) {
		return;
	}

	function enhance(form) {
		var inputs = Array.prototype.slice.call(form.querySelectorAll('input[type=file][name]'));
		var prepared = new Map();
		var progress = progressBar(form);
		var busy = false;

		inputs.forEach(function (input) {
			input.addEventListener('change', function () {
				var file = input.files && input.files[0];
				var preparing = file ? prepare(file) : Promise.resolve(null);
				prepared.set(input, preparing);
				preparing.then(function (upload) {
					if (prepared.get(input) === preparing) {
						showPreview(input, file, upload);
					}
				});
			});
		});

		form.addEventListener('submit', function (event) {
			event.preventDefault();
			if (busy) {
				return;
			}
			busy = true;
			progress.start('Preparing photos…');
			Promise.all(inputs.map(function (input) {
				var file = input.files && input.files[0];
				return prepared.get(input) || (file ? prepare(file) : Promise.resolve(null));
			})).then(function (uploads) {
				var data = new FormData(form);
				// Photos go in slot order, empty slots included, so each stays with its caption.
				inputs.forEach(function (input) {
					data.delete(input.name);
				});
				inputs.forEach(function (input, slot) {
					var upload = uploads[slot];
					data.append(input.name, upload || new Blob([]), upload ? upload.name : '');
				});
				send(form, data, progress, function () {
					busy = false;
				});
			});
		});
	}

	/** The photo to send: shrunk and upright where the browser decodes it, else the file itself (HEIC, mostly). */
	function prepare(file) {
		if (!window.createImageBitmap || !HTMLCanvasElement.prototype.toBlob) {
			return Promise.resolve(file);
		}
		return createImageBitmap(file, { imageOrientation: 'from-image' }).then(function (bitmap) {
			var scale = Math.min(1, LONG_EDGE / Math.max(bitmap.width, bitmap.height));
			var canvas = document.createElement('canvas');
			canvas.width = Math.round(bitmap.width * scale);
			canvas.height = Math.round(bitmap.height * scale);
			var context = canvas.getContext('2d');
			// Transparent parts become white, as the server would make them.
			context.fillStyle = '#fff';
			context.fillRect(0, 0, canvas.width, canvas.height);
			context.imageSmoothingQuality = 'high';
			context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
			bitmap.close();
			return new Promise(function (resolve) {
				canvas.toBlob(function (blob) {
					// Never send more than the original: a small photo goes as it is.
					resolve(blob && blob.size < file.size
						? new File([blob], file.name.replace(/\.[^.]*$/, '') + '.jpg', { type: 'image/jpeg' })
						: file);
				}, 'image/jpeg', QUALITY);
			});
		}, function () {
			return file;
		});
	}

	function showPreview(input, file, upload) {
		var slot = input.closest('.photo-slot') || input.parentNode;
		var figure = slot.querySelector('.photo-preview');
		if (figure) {
			var old = figure.querySelector('img');
			if (old) {
				URL.revokeObjectURL(old.src);
			}
			figure.remove();
		}
		if (!file) {
			return;
		}
		figure = document.createElement('figure');
		figure.className = 'photo-preview';
		var caption = document.createElement('figcaption');
		if (upload !== file) {
			var image = document.createElement('img');
			image.src = URL.createObjectURL(upload);
			image.alt = 'Preview of ' + file.name;
			figure.appendChild(image);
			caption.textContent = file.name + ': ' + size(file.size) + ', sent as ' + size(upload.size);
		}
		else {
			caption.textContent = file.name + ': ' + size(file.size) + ', sent as it is';
		}
		figure.appendChild(caption);
		input.insertAdjacentElement('afterend', figure);
	}

	function send(form, data, progress, done) {
		var request = new XMLHttpRequest();
		request.open('POST', form.action);
		request.responseType = 'document';
		request.upload.addEventListener('progress', function (event) {
			if (event.lengthComputable) {
				progress.update(event.loaded, event.total);
			}
		});
		request.addEventListener('load', function () {
			var page = request.response;
			var arrived = request.responseURL && new URL(request.responseURL, location.href);
			if (request.status < 400 && arrived && arrived.pathname !== new URL(form.action, location.href).pathname) {
				// Saved (or signed out meanwhile): go where the server sent the form.
				location.assign(request.responseURL);
			}
			else if (page && page.body) {
				// Refused: the server's page, with its reason and the fields kept.
				show(page);
			}
			else {
				progress.fail('The server did not answer as expected (' + request.status + '). Please try again.');
				done();
			}
		});
		request.addEventListener('error', function () {
			progress.fail('The upload did not get through. Check the connection and send again; your photos are still chosen.');
			done();
		});
		request.send(data);
	}

	function show(page) {
		document.title = page.title;
		// Scripts in the returned page do not run once moved here; this one enhances the new form itself.
		Array.prototype.forEach.call(page.body.querySelectorAll('script'), function (script) {
			script.remove();
		});
		document.body.replaceWith(document.adoptNode(page.body));
		window.scrollTo(0, 0);
		start();
	}

	function progressBar(form) {
		var box = document.createElement('div');
		box.className = 'upload-progress';
		box.hidden = true;
		var bar = document.createElement('progress');
		bar.max = 1;
		bar.value = 0;
		var text = document.createElement('p');
		text.setAttribute('aria-live', 'polite');
		box.appendChild(bar);
		box.appendChild(text);
		var button = form.querySelector('button[type=submit]');
		form.insertBefore(box, button);
		return {
			start: function (message) {
				box.hidden = false;
				bar.removeAttribute('value');
				text.textContent = message;
				button.disabled = true;
			},
			update: function (loaded, total) {
				bar.max = total;
				bar.value = loaded;
				text.textContent = 'Sending ' + size(loaded) + ' of ' + size(total);
			},
			fail: function (message) {
				bar.value = 0;
				text.textContent = message;
				button.disabled = false;
			}
		};
	}

	function size(bytes) {
		return bytes < 1000000 ? Math.max(1, Math.round(bytes / 1000)) + ' kB' : (bytes / 1000000).toFixed(1) + ' MB';
	}

	function start() {
		var form = document.querySelector('form[data-photo-upload]');
		if (form) {
			enhance(form);
		}
	}

	start();
})();
