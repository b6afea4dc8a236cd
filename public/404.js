// Loaded by 404.html. A share link whose « # » a mail or chat client wrote « %23 » (…/configurateur/%231AbC…) asks the
// host for a page that does not exist: the same address with its « # » back is the link, opened by the configurator.
// Only the last part of the path counts: a « %23 » in a folder's name is the folder's.
(function () {
  var mangled = /%23([^/]*)$/.exec(location.pathname);
  if (mangled) location.replace(location.pathname.slice(0, mangled.index) + '#' + mangled[1]);
})();
