// The self-assessment, scored in this browser: nothing is sent, stored or kept.
// The scoring rules come from the page (#questionnaire-rules), the same data the server
// scores with when the script does not run (resources/assessment_scoring.py).
(function () {
  "use strict";
  var root = document.querySelector("[data-self-assessment]");
  if (!root) {
    return;
  }
  var rules = JSON.parse(document.getElementById("questionnaire-rules").textContent);
  var text = JSON.parse(document.getElementById("questionnaire-text").textContent);
  var form = root.querySelector("[data-questionnaire-form]");
  var progress = root.querySelector("[data-progress]");
  var summary = root.querySelector("[data-error-summary]");
  var errorList = root.querySelector("[data-error-list]");
  var results = root.querySelector("[data-results]");
  var comparison = root.querySelector("[data-comparison]");
  var status = root.querySelector("[data-file-status]");
  var ACTIONS = ["keep", "strengthen", "start"];
  var statements = [];
  rules.sections.forEach(function (section) {
    section.statements.forEach(function (statement) {
      statements.push(statement);
    });
  });
  var valid = {};
  var points = {};
  rules.scale.forEach(function (option) {
    valid[option.value] = true;
    points[option.value] = option.points;
  });

  root.querySelector("[data-no-js-note]").hidden = true;
  root.querySelector("[data-js-only]").hidden = false;

  function format(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (_match, key) {
      return values[key];
    });
  }

  function element(tag, content, attributes) {
    var node = document.createElement(tag);
    if (content !== undefined && content !== null) {
      node.textContent = content;
    }
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    return node;
  }

  function radios(id) {
    return form.querySelectorAll('input[name="answer-' + id + '"]');
  }

  function currentAnswers() {
    var answers = {};
    statements.forEach(function (statement) {
      var checked = form.querySelector('input[name="answer-' + statement.id + '"]:checked');
      if (checked) {
        answers[statement.id] = checked.value;
      }
    });
    return answers;
  }

  // Rounded half up in integers, exactly as the server does.
  function percent(got, possible) {
    return possible ? Math.floor((200 * got + possible) / (2 * possible)) : null;
  }

  function bandFor(bands, score) {
    if (score === null || !bands.length) {
      return null;
    }
    var chosen = bands[0];
    bands.forEach(function (band) {
      if (score >= band.from) {
        chosen = band;
      }
    });
    return chosen;
  }

  function score(answers) {
    var total = 0;
    var totalPossible = 0;
    var sections = rules.sections.map(function (section) {
      var got = 0;
      var possible = 0;
      section.statements.forEach(function (statement) {
        var answer = answers[statement.id];
        if (valid[answer] && points[answer] !== null) {
          got += points[answer];
          possible += rules.max_points;
        }
      });
      total += got;
      totalPossible += possible;
      var value = percent(got, possible);
      return { id: section.id, title: section.title, score: value, band: bandFor(section.bands, value) };
    });
    return { sections: sections, overall: percent(total, totalPossible) };
  }

  function missingOf(answers) {
    return statements.filter(function (statement) {
      return !valid[answers[statement.id]];
    });
  }

  function shown(value) {
    return value === null ? "–" : value + "%";
  }

  function updateProgress() {
    var done = statements.length - missingOf(currentAnswers()).length;
    progress.textContent = format(text.answered, { done: done, total: statements.length });
  }

  function markError(statement, on) {
    var fieldset = document.getElementById("statement-" + statement.id);
    var message = document.getElementById("error-" + statement.id);
    fieldset.classList.toggle("statement--error", on);
    message.hidden = !on;
    var described = (fieldset.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
      return id && id !== message.id;
    });
    if (on) {
      described.unshift(message.id);
    }
    if (described.length) {
      fieldset.setAttribute("aria-describedby", described.join(" "));
    } else {
      fieldset.removeAttribute("aria-describedby");
    }
  }

  function showErrors(missing) {
    errorList.textContent = "";
    statements.forEach(function (statement) {
      markError(statement, missing.indexOf(statement) !== -1);
    });
    missing.forEach(function (statement) {
      var item = element("li");
      item.appendChild(
        element("a", format(text.choose, { statement: statement.text }), { href: "#statement-" + statement.id })
      );
      errorList.appendChild(item);
    });
    summary.hidden = false;
    summary.focus();
  }

  function clearErrors() {
    statements.forEach(function (statement) {
      markError(statement, false);
    });
    summary.hidden = true;
  }

  function today() {
    var lang = document.documentElement.lang || undefined;
    return new Date().toLocaleDateString(lang, { day: "numeric", month: "long", year: "numeric" });
  }

  function showResults(result) {
    var template = root.querySelector("[data-results-template]");
    results.textContent = "";
    results.appendChild(template.content.cloneNode(true));
    results.querySelector("[data-overall]").textContent = shown(result.overall);
    var rows = results.querySelector("[data-section-rows]");
    result.sections.forEach(function (section) {
      var row = element("tr", null, { "data-section": section.id });
      row.appendChild(element("th", section.title, { scope: "row" }));
      row.appendChild(element("td", shown(section.score), { "data-score": "" }));
      var meaning = element("td");
      if (section.band) {
        meaning.appendChild(element("strong", section.band.action_label + "."));
        meaning.appendChild(document.createTextNode(" " + section.band.meaning));
      } else {
        meaning.textContent = text.no_score;
      }
      row.appendChild(meaning);
      rows.appendChild(row);
    });
    var plan = results.querySelector("[data-plan]");
    ACTIONS.forEach(function (action) {
      var sections = result.sections.filter(function (section) {
        return section.band && section.band.action === action;
      });
      if (!sections.length) {
        return;
      }
      plan.appendChild(element("h3", sections[0].band.action_label));
      var list = element("ul", null, { class: "plan" });
      sections.forEach(function (section) {
        var item = element("li");
        item.appendChild(element("strong", section.title));
        item.appendChild(document.createTextNode(" (" + section.score + "%): " + section.band.next_steps));
        if (section.band.tools.length) {
          item.appendChild(element("br"));
          item.appendChild(document.createTextNode(text.tools + " "));
          section.band.tools.forEach(function (tool, index) {
            if (index) {
              item.appendChild(document.createTextNode(", "));
            }
            item.appendChild(element("a", tool.title, { href: tool.url }));
          });
        }
        list.appendChild(item);
      });
      plan.appendChild(list);
    });
    results.querySelector("[data-print]").addEventListener("click", function () {
      window.print();
    });
    root.querySelector("[data-report-date]").textContent = today();
    results.hidden = false;
    results.focus();
  }

  function setAnswers(answers) {
    statements.forEach(function (statement) {
      Array.prototype.forEach.call(radios(statement.id), function (input) {
        input.checked = answers[statement.id] === input.value;
      });
    });
    updateProgress();
  }

  function isoDate() {
    var now = new Date();
    var pad = function (n) {
      return (n < 10 ? "0" : "") + n;
    };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function save() {
    var data = {
      format: rules.format,
      tool_key: rules.tool_key,
      tool: rules.tool,
      version: rules.version,
      saved: isoDate(),
      answers: currentAnswers(),
    };
    var blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
    var link = element("a", null, { download: text.file_name + "-" + data.saved + ".json" });
    link.href = URL.createObjectURL(blob);
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () {
      URL.revokeObjectURL(link.href);
    }, 1000);
  }

  // Reads saved answer files in this browser; calls done([{name, answers} or {name, error}]).
  function readFiles(files, done) {
    var read = [];
    var left = files.length;
    Array.prototype.forEach.call(files, function (file, index) {
      var reader = new FileReader();
      reader.onload = function () {
        var entry = { name: file.name };
        try {
          var data = JSON.parse(reader.result);
          if (data.format !== rules.format || typeof data.answers !== "object" || !data.answers) {
            entry.error = format(text.bad_file, { file: file.name });
          } else if (data.tool_key !== rules.tool_key) {
            entry.error = format(text.other_tool, { file: file.name });
          } else {
            entry.answers = data.answers;
          }
        } catch (_error) {
          entry.error = format(text.bad_file, { file: file.name });
        }
        read[index] = entry;
        left -= 1;
        if (!left) {
          done(read);
        }
      };
      reader.onerror = function () {
        read[index] = { name: file.name, error: format(text.bad_file, { file: file.name }) };
        left -= 1;
        if (!left) {
          done(read);
        }
      };
      reader.readAsText(file);
    });
  }

  function errorsOf(entries) {
    return entries
      .filter(function (entry) {
        return entry.error;
      })
      .map(function (entry) {
        return entry.error;
      });
  }

  function compare(entries) {
    var good = entries.filter(function (entry) {
      return entry.answers;
    });
    var table = element("table");
    var head = element("tr");
    head.appendChild(element("th", text.section, { scope: "col" }));
    good.forEach(function (entry) {
      head.appendChild(element("th", entry.name, { scope: "col" }));
    });
    table.appendChild(element("thead")).appendChild(head);
    var body = table.appendChild(element("tbody"));
    var scored = good.map(function (entry) {
      return score(entry.answers);
    });
    rules.sections.forEach(function (section, index) {
      var row = element("tr", null, { "data-section": section.id });
      row.appendChild(element("th", section.title, { scope: "row" }));
      scored.forEach(function (result) {
        var band = result.sections[index].band;
        var cell = shown(result.sections[index].score) + (band ? " · " + band.action_label : "");
        row.appendChild(element("td", cell));
      });
      body.appendChild(row);
    });
    var overall = element("tr", null, { "data-overall-row": "" });
    overall.appendChild(element("th", text.overall, { scope: "row" }));
    scored.forEach(function (result) {
      overall.appendChild(element("td", shown(result.overall)));
    });
    body.appendChild(overall);
    var holder = comparison.querySelector("[data-comparison-table]");
    holder.textContent = "";
    holder.appendChild(table);
    comparison.hidden = !good.length;
    var messages = errorsOf(entries);
    if (good.length) {
      messages.unshift(format(text.compared, { count: good.length }));
    }
    status.textContent = messages.join(" ");
  }

  form.addEventListener("change", function (event) {
    var name = event.target.name || "";
    var statement = statements.filter(function (s) {
      return "answer-" + s.id === name;
    })[0];
    if (statement) {
      markError(statement, false);
    }
    updateProgress();
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault(); // scored here: nothing is sent
    var answers = currentAnswers();
    var missing = missingOf(answers);
    if (missing.length) {
      results.hidden = true;
      showErrors(missing);
      return;
    }
    clearErrors();
    showResults(score(answers));
  });

  root.querySelector("[data-save]").addEventListener("click", save);

  root.querySelector("[data-open]").addEventListener("change", function (event) {
    var input = event.target;
    if (!input.files.length) {
      return;
    }
    readFiles([input.files[0]], function (entries) {
      var entry = entries[0];
      if (entry.error) {
        status.textContent = entry.error;
        return;
      }
      setAnswers(entry.answers);
      clearErrors();
      results.hidden = true;
      status.textContent = format(text.loaded, { file: entry.name });
    });
  });

  root.querySelector("[data-compare]").addEventListener("change", function (event) {
    if (event.target.files.length) {
      readFiles(event.target.files, compare);
    }
  });

  root.querySelector("[data-clear]").addEventListener("click", function () {
    setAnswers({});
    clearErrors();
    results.hidden = true;
    results.textContent = "";
    comparison.hidden = true;
    root.querySelector("[data-open]").value = "";
    root.querySelector("[data-compare]").value = "";
    status.textContent = text.cleared;
  });

  updateProgress();
})();
