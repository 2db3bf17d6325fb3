<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionReview</name>
    <message>
        <source>%1 follows it up · follow-up on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new action: what will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsCommand</name>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renegotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conference cases with their open actions; export an agreement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List conference cases with their open actions, or export a case&apos;s agreement as a printable PDF (in the case&apos;s language) with room for signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases with their open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every agreed action: overdue, due, later and closed, with its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up list of one school year (1 August - 31 July): each action&apos;s state, follow-up date and the outcome of its latest follow-up meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school year, written like 2026/27 (default: this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a case&apos;s agreement as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the school year like 2026/27, not {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conference cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n taking part</source>
        <translation>
            <numerusform>%n taking part</numerusform>
            <numerusform>%n taking part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open</source>
        <translation>
            <numerusform>, %n open</numerusform>
            <numerusform>, %n open</numerusform>
        </translation>
    </message>
    <message>
        <source>[{who} -&gt; {follower}; by {due}, follow-up {on}, {state}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no case {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions agreed yet. Write the first one on the right and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consequence for the person who caused harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action in the list to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AheadCard</name>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Some question bank files were skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how the questions will sound.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away until and including:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away until this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankBrowserScreen</name>
    <message>
        <source>Question banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chosen prompt on the quick prompt card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · facilitator only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator only: never drawn at random. Choose a prompt and show it on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped banks are read-only: start your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank keeps at least one prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this prompt from your bank?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banks and spreadsheets (*.toml *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank file (*.toml);;Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankProblem</name>
    <message>
        <source>is empty: write it between the quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a valid id: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit, at most 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language {value} (expected {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind {value} (expected {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown age band {value} (expected {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stage {value} (expected {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format {value} is not one this app reads (it reads 1 to {newest}); update circle-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {length} characters; at most {limit} fit the prompt card, so shorten it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (write the note, or leave the key out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {length} characters; at most {limit} (one or two lines), so shorten it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind} bank must have facilitator_only = true (its prompts are never drawn at random)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {kind} bank needs a note for the facilitator (e.g. note = &quot;Prepare such a circle with the school&apos;s resource people.&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds an empty entry: remove the &quot;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: name at least one age band, like [&quot;mellemtrin&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only conflict prompts have a stage (this bank&apos;s kind is {kind}): remove the stage line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conflict prompt needs a stage ({choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not this bank&apos;s language ({language}): a one-culture prompt lives in its own language&apos;s bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a text file (it holds binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is neither UTF-8 nor Windows-1252 text; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quotation mark is not closed: close it, or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read as a spreadsheet ({reason}); save it again as CSV from the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no rows: write one question per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no prompts: write one question per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {count} columns; expected text;ages;tags: put a text with ; or , in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {length} characters; at most {limit}, so shorten it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate prompt id {id}: give each row an id of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export to a .toml or a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: {reason}; choose another folder or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no counterpart in {language}: add {missing} (every bank file exists in both languages, with the same ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {kind}, but its counterpart {other} is {other_kind}: give both files the same kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {value}, but its counterpart {other} has {other_value}: give both files the same value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt {id} has no counterpart in {other}: add it there, or mark it only = &quot;{language}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt {id} is marked only = {only}, but {other} has it too: remove the mark or the counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt {id}: ages differ from its counterpart in {other}: {here} here, {there} there; give both the same ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt {id}: stage differs from its counterpart in {other}: {stage} here, {other_stage} there; give both the same stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt {id}: the number of tags differs from its counterpart in {other}: {count} here, {other_count} there; give both as many tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt {id} is at position {here} here but at position {there} in {other}: a conversation&apos;s questions keep their order, so move one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bank with id {id} exists already: change the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bank with id {id} exists already ({where}); change the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a text file (it holds binary data, NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x{byte}); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid TOML: {reason}. Look on this line for a missing quote, bracket, comma or =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid TOML: lists or tables are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing the [bank] table (id, language, kind, title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a [bank] table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank has no prompts (add [[prompts]])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank has no prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be [[prompts]] tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate prompt id {id} (first at line {first}): give each prompt its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate prompt id {id}: give each prompt its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: add {key} = … under [bank]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: add {key} = … to this [[prompts]] table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text in quotes, not {kind}: write {key} = &quot;…&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not {kind}: write {key} = 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not {kind}: write {key} = true or {key} = false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of texts in quotes, like [&quot;a&quot;, &quot;b&quot;], not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of texts in quotes, like [&quot;a&quot;, &quot;b&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a bank file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a symbolic link loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a symbolic link to {target}, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate bank id {id} (already used by {first}); this file was skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanksCommand</name>
    <message>
        <source>check, list, import and export question banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question banks: the TOML files prompts come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check bank files; one line per problem (FILE:LINE: field: message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check bank files and folders (every *.toml below them). Exit 0 when all are valid, 1 otherwise, with one line per problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the messages (default: the command line&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the shipped and your own banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every bank the app loads: id, language, kind, number of prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a bank from a .toml or a .csv (text;ages;tags) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a .toml bank or a .csv spreadsheet (columns text;ages;tags) and add it to your banks. Nothing is added when anything is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new bank&apos;s id (CSV; default: file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bank&apos;s title (CSV; default: file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a bank to a .toml or a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a bank to FILE; .csv gives text;ages;tags for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bank files found in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid bank(s).</source>
        <translation>
            <numerusform>%n valid bank.</numerusform>
            <numerusform>%n valid banks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bank(s)</source>
        <translation>
            <numerusform>%n bank</numerusform>
            <numerusform>%n banks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n prompt</numerusform>
            <numerusform>%n prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s): all valid.</source>
        <translation>
            <numerusform>%n plan: all valid.</numerusform>
            <numerusform>%n plans: all valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s): all valid.</source>
        <translation>
            <numerusform>%n prompt: all valid.</numerusform>
            <numerusform>%n prompts: all valid.</numerusform>
        </translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROMPTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped {path}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported {bank} (%n prompt(s)) into {where}</source>
        <translation>
            <numerusform>Imported {bank} (%n prompt) into {where}</numerusform>
            <numerusform>Imported {bank} (%n prompts) into {where}</numerusform>
        </translation>
    </message>
    <message>
        <source>no bank with id {bank} (see circle-app banks list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote {bank} (%n prompt(s)) to {file}</source>
        <translation>
            <numerusform>Wrote {bank} (%n prompt) to {file}</numerusform>
            <numerusform>Wrote {bank} (%n prompts) to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardPreview</name>
    <message>
        <source>On the board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>The board — circle-app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleFlow</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleRule</name>
    <message>
        <source>in a conflict circle everyone speaks in turn, seat by seat (M4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all planned rounds have been held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the round is still going: everyone gets the piece first (M1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the piece goes seat by seat in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that seat is not in the circle right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the round has begun; choose the mode for the next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no round has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tap the person who wants to speak first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone has had the piece in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the last round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleScreen</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open round (whoever wants to speak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the marks mean (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a seat for someone who has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the circle now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause and go home (continue later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no question banks for this circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other question fits this circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no question on the card to read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added next to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a seat next to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the circle your own question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 have had the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open round: tap the person who wants to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has had the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next round will be open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next round goes seat by seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round is open: tap who wants to speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round goes seat by seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1&apos;s turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other question fits this round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleSetupScreen</name>
    <message>
        <source>New circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick circle: numbered seats, no names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffle seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who is here. Drag to change the seat order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sits in the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Next and Pass on the board for children to tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a board screen of its own; the keeper always has them on the laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — their turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 not on the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConferenceCaseScreen</name>
    <message>
        <source>Conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start without every pre-meeting, because… (a reason is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short; no sensitive detail needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator is from the parties&apos; own institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police are involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (questions, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement PDF: agree an action first (Agreements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up circle: after the conference has been held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up circle: at least two must have taken part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conference has been held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n take(s) part.</source>
        <translation>
            <numerusform>Ready: %n takes part.</numerusform>
            <numerusform>Ready: %n take part.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConferenceOverviewScreen</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conference cases yet. A case starts with New case, at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conference held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) part</source>
        <translation>
            <numerusform>%n takes part</numerusform>
            <numerusform>%n take part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message>
        <source>All school years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up yet: agreed actions appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is closed; choose an open one to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictFlows</name>
    <message>
        <source>Conference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agreement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationOrder</name>
    <message>
        <source>Order of asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: questions 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: question 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationScreen</name>
    <message>
        <source>Key-ring card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six questions on one card (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home; the conversation can be continued later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorative conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every party has answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the parties agree should happen now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions 1–5, all in one go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question 6, to every party in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationSetupScreen</name>
    <message>
        <source>Restorative conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every party gets the same six questions. Each in turn answers questions 1–5, then question 6 goes to everyone in the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties, in the order of asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone not involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who facilitates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add two or more parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who facilitates? Someone not involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator must not be one of the parties: choose someone not involved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>How the circles are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive: peacetime, academic and parent meeting circles. Reactive: conflict circles, restorative conversations and conferences. Counts only, no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles and meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions kept on time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema revision: {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of circle-app needs: {head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no circle-app tables yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date: no upgrade is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upgrade is needed: run circle-app db upgrade (as the database&apos;s owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version of circle-app: update circle-app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds tables but no circle-app schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the schema from {current} to {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the circle-app tables (schema {head}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is up to date ({head}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database schema: status, upgrade (for the administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the administrator of a shared database: see whether the schema needs an upgrade, and upgrade it (as the database&apos;s owner role). On PostgreSQL the app never upgrades by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema revision, the one this version needs, and whether to upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the database&apos;s schema revision, the revision this version of circle-app needs, and whether an upgrade is needed. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the schema to this version (run as the database&apos;s owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the schema to what this version of circle-app needs, in one transaction (a SQLite file is copied aside first). Run it as the role that owns the database; the app&apos;s own role needs only SELECT, INSERT, UPDATE and DELETE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>open a demo circle with 12 sample people (recorded like any circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo circle with 12 sample participants and a few rounds. It is recorded into the normal database like any circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circle (default); conversation: a restorative conversation with three sample parties; conference: a sample conference case ready to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>For each action, the person who follows it up says how it went and what happens next. Only these choices are saved, never what anyone said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up meeting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open actions to follow up. Agreed actions appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action has been followed up and closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Follow-up meetings so far: %n, the last on %1.</source>
        <translation>
            <numerusform>Follow-up meetings so far: %n, the last on %1.</numerusform>
            <numerusform>Follow-up meetings so far: %n, the last on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up meeting yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to follow up: no action is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how at least one action went: kept, partly or not kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Group settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 5.a or Parents of 5.a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes turns keeping the circle? The app suggests whose turn it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keepers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsCommand</name>
    <message>
        <source>{group} (new group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to import into {group}:</source>
        <translation>
            <numerusform>%n to import into {group}:</numerusform>
            <numerusform>%n to import into {group}:</numerusform>
        </translation>
    </message>
    <message>
        <source>DUPLICATE (in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUPLICATE (in the group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: {what} (was {before})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the file, marked as left the group: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the file, kept (add --mark-gone to mark them): {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing was imported.</source>
        <translation>
            <numerusform>%n problem: nothing was imported.</numerusform>
            <numerusform>%n problems: nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people in {file}</source>
        <translation>
            <numerusform>%n person in {file}</numerusform>
            <numerusform>%n people in {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff not read (add --all-roles to read them).</source>
        <translation>
            <numerusform>%n staff member not read (add --all-roles to read them).</numerusform>
            <numerusform>%n staff not read (add --all-roles to read them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guardian(s) linked to their children.</source>
        <translation>
            <numerusform>%n guardian linked to their child.</numerusform>
            <numerusform>%n guardians linked to their children.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: rows without a class (line {lines}): nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) flagged: imported anyway.</source>
        <translation>
            <numerusform>%n duplicate flagged: imported anyway.</numerusform>
            <numerusform>%n duplicates flagged: imported anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) flagged: skipped.</source>
        <translation>
            <numerusform>%n duplicate flagged: skipped.</numerusform>
            <numerusform>%n duplicates flagged: skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n people into {group}?</source>
        <translation>
            <numerusform>Import %n person into {group}?</numerusform>
            <numerusform>Import %n people into {group}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n back</source>
        <translation>
            <numerusform>%n back</numerusform>
            <numerusform>%n back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked as left</source>
        <translation>
            <numerusform>%n marked as left</numerusform>
            <numerusform>%n marked as left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n people into {group}.</source>
        <translation>
            <numerusform>Imported %n person into {group}.</numerusform>
            <numerusform>Imported %n people into {group}.</numerusform>
        </translation>
    </message>
    <message>
        <source>list groups, import a class list, export one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups (classes, SFO groups, clubs, parent meetings, staff) and their people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups with their sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List groups with their sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add people from a class list to a group (created if missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people from a class list to a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads CSV (comma, semicolon or tab; UTF-8 or Windows-1252), Excel .xlsx and the exports of School Data Sync v1 (Student.csv) and v2.1 (users.csv, with roles.csv beside it), OneRoster 1.1 (users.csv), the Google Workspace user export and Tabulex/TEA Elev.txt, recognised by their headers; any other file needs a header such as navn;klasse;rolle or first name,last name,class,role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a preview first: who is new, who is already in the group, who changed, who is no longer on the list; duplicates flagged. A malformed file is refused with FILE:LINE: field: message and nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one group per class in the file (a whole school at once), each named after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet of an .xlsx (default: first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark people of the group who are not in the file as having left it (their past turns stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of a OneRoster or School Data Sync file, read staff and guardians too, not only pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of a new group (default: class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt language of a new group (default: da)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also import rows flagged as twice in the file (two children may share a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a group&apos;s list to an .xlsx or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a group&apos;s people, in seat order, to FILE (.xlsx or .csv), in the layout `groups import` reads back. Text a spreadsheet would run as a formula is written as text. The file is readable by you only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet: circle-app groups import FILE --group NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group called {group}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n people to {file}.</source>
        <translation>
            <numerusform>Wrote %n person to {file}.</numerusform>
            <numerusform>Wrote %n people to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>give --group NAME, or --split-by-class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question at a time goes round. Everyone may speak or pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, end it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-ring card (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six questions on one card, from anywhere: K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats, a talking piece, rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question in ten seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a demo circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twelve sample people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorative conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same six questions for every party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-meetings, agreements, follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes, seats, import a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a circle with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Continue the restorative conversation from %1? %n turn(s) so far.</source>
        <translation>
            <numerusform>Continue the restorative conversation from %1? %n turn so far.</numerusform>
            <numerusform>Continue the restorative conversation from %1? %n turns so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue the circle with %3 from %1? It stopped in round %2, after %n turn(s).</source>
        <translation>
            <numerusform>Continue the circle with %3 from %1? It stopped in round %2, after %n turn.</numerusform>
            <numerusform>Continue the circle with %3 from %1? It stopped in round %2, after %n turns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continue the circle from %1? It stopped in round %2, after %n turn(s).</source>
        <translation>
            <numerusform>Continue the circle from %1? It stopped in round %2, after %n turn.</numerusform>
            <numerusform>Continue the circle from %1? It stopped in round %2, after %n turns.</numerusform>
        </translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeeperView</name>
    <message>
        <source>Circle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt: ask the circle your own question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time with the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be offered the piece again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far, per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared and passed so far, per seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRingCard</name>
    <message>
        <source>The six questions</source>
        <extracomment>Asked for the questions each time the card opens (the UI language may change).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask “What happened?” first. Any key or a tap closes the card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageOffer</name>
    <message>
        <source>Dansk or English?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the app. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Circles — circle-app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModalHost</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>contains a control character (U+{code}) at character {position}, such as a terminal escape; retype it without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains an invisible text-direction character (U+{code}) at character {position}, which makes it read differently; retype it without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains an invisible zero-width character (U+{code}) at character {position}; retype it without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBankDialog</name>
    <message>
        <source>New bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Our class&apos;s favourite questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peacetime questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict circle rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affective statements for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your banks are kept in your own folder, beside the shipped ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>New participant</source>
        <extracomment>a Participant to save; the case screen answers with set_case() or refuse()</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier in the order of asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later in the order of asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go by the birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, 18 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child comes with a parent or guardian. Tick who (add them first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes with
(parent/guardian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the class list: %1. Add them as parents/guardians to tick them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone in the list to remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleCommand</name>
    <message>
        <source>export or erase everything stored about one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s data: export what is stored about one person as JSON, or erase them everywhere (their turns stay as anonymous seats).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print everything stored about a person as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print everything circle-app stores about one person as JSON: the person, their groups, the circles where they sat or kept, their turns (spoke or passed, when). Nothing anyone said is stored, so nothing said is exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write to FILE instead of printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase a person everywhere (asks first unless --yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase one person everywhere: the roster, circles, conversations and conferences (the name in any spelling: spacing, case, &apos;Surname, First&apos;). Their turns stay in history as anonymous seats, so statistics keep their counts; the name is scrubbed from the database files, and the copies of a SQLite database kept from before upgrades are deleted, as they hold the name too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named only in a conversation or conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody has the id {id} (ids are never reused: that person was erased, or never existed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody is called {name} (give the whole name, or the id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people are called {name}; give the id of one:</source>
        <translation>
            <numerusform>%n person is called {name}; give the id:</numerusform>
            <numerusform>%n people are called {name}; give the id of one:</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name} (id {id}; {groups}) everywhere? Their turns stay as anonymous seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n older copy(ies) of the database kept from before upgrades will be deleted too, as they hold the name.</source>
        <translation>
            <numerusform>The %n older copy of the database kept from before upgrades will be deleted too, as it holds the name.</numerusform>
            <numerusform>The %n older copies of the database kept from before upgrades will be deleted too, as they hold the name.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased person {id}; %n turn(s) kept as anonymous seats.</source>
        <translation>
            <numerusform>Erased person {id}; %n turn kept as an anonymous seat.</numerusform>
            <numerusform>Erased person {id}; %n turns kept as anonymous seats.</numerusform>
        </translation>
    </message>
    <message>
        <source>the database files could not be rewritten now (another copy of the app is using them, or on PostgreSQL this role may not VACUUM FULL the tables); the erased rows stay in the files until the database is next vacuumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n older copy(ies) of the database kept from before upgrades (they held the name).</source>
        <translation>
            <numerusform>Deleted %n older copy of the database kept from before upgrades (it held the name).</numerusform>
            <numerusform>Deleted %n older copies of the database kept from before upgrades (they held the name).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older copy(ies) of the database could not be deleted and still hold the name; delete them yourself:</source>
        <translation>
            <numerusform>%n older copy of the database could not be deleted and still holds the name; delete it yourself:</numerusform>
            <numerusform>%n older copies of the database could not be deleted and still hold the name; delete them yourself:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials, if the names are hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; conferences need it for under-18s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanChooser</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin with a check-in round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End with a check-out round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these rounds for the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds as chosen here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group to keep a plan for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a check-in or a check-out to keep the rounds as a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanProblem</name>
    <message>
        <source>not valid TOML: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (at most 100), not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {choices}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this app reads format {format} and older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a table of both languages: {{ da = &quot;…&quot;, en = &quot;…&quot; }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate plan id {id} (already used by {other}); this file was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan needs at least one round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan has at most {max} rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a title in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a conflict circle&apos;s main rounds have a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conflict circle&apos;s main rounds are its four stages in order (experienced, affected, needs, solutions), between a check-in and a check-out (M4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed round names its prompt as BANK/PROMPT, e.g. checkin/one-word-today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a fixed round names a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a main round names a bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bank {bank} in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prompt {prompt} in the {language} banks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreMeetingsPage</name>
    <message>
        <source>Each party taking part meets the facilitator first. A child&apos;s pre-meeting is held with their parents/guardians and covers them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to expect, the questions, voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes part, what it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-meeting has been held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done, with the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the child&apos;s pre-meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a party on the left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>The key-ring card is on the board. Any key puts it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board is blank. Press B to show it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptCommand</name>
    <message>
        <source>open the quick prompt screen: one low-stakes question, no group needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the app on the quick prompt screen: a big card with a low-stakes prompt, filters for age band and category, shuffle, favourite and read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <source>New prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question as you would say it to the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. seasons, memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickPromptScreen</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kind of question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N, Space or PageDown: another question · PageUp: the one before · R: read aloud · F: favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this question among your favourites (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw only from your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the question aloud (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question before (PageUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another question (N, Space or PageDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no question on the card to read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ages</source>
        <extracomment>Low-stakes kinds offered as categories, peacetime first (M3). Support banks never are: they are facilitator-only, and their prompts are chosen by hand in the bank browser.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades 0–3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades 4–6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades 7–9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peacetime: all topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affective statements (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorative conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up after a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support (facilitator only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question fits these choices. Try another age band or category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implementation figures per group and period, as CSV or JSON (no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles held (proactive and reactive), rounds, share of turns passed, keeper rotation and agreements, per group and period. Contains no names of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one group only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from this day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to this day, inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since is after --until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no group called {group}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RingLegend</name>
    <message>
        <source>Has the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has had the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed, will be offered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RingView</name>
    <message>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has not had the piece yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has had the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed, will be offered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle of %1 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message numerus="yes">
        <source>%1, but %n copy of the database from before an upgrade could not be deleted and still holds the name: %2. Delete it by hand.</source>
        <translation>
            <numerusform>%1, but %n copy of the database from before an upgrade could not be deleted and still holds the name: %2. Delete it by hand.</numerusform>
            <numerusform>%1, but %n copies of the database from before an upgrade could not be deleted and still hold the name: %2. Delete them by hand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erase %1 and its %n people for good? People who are also in another group stay there. Past circles stay in the statistics with anonymous seats. Copies of the database kept from before upgrades are deleted, as they hold the names. This cannot be undone.</source>
        <translation>
            <numerusform>Erase %1 and its %n person for good? Someone who is also in another group stays there. Past circles stay in the statistics with anonymous seats. Copies of the database kept from before upgrades are deleted, as they hold the names. This cannot be undone.</numerusform>
            <numerusform>Erase %1 and its %n people for good? People who are also in another group stay there. Past circles stay in the statistics with anonymous seats. Copies of the database kept from before upgrades are deleted, as they hold the names. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group erased: %n people erased.</source>
        <translation>
            <numerusform>Group erased: %n person erased.</numerusform>
            <numerusform>Group erased: %n people erased.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2? They stay in their other groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 everywhere? Their turns stay in past circles as an anonymous seat, so the statistics keep their counts. The name is wiped from the database, also where it was typed into a conversation or conference, and copies of the database kept from before upgrades are deleted, as they hold the name. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterFiles</name>
    <message>
        <source>Export a person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the group&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people saved to %1</source>
        <translation>
            <numerusform>%n person saved to %1</numerusform>
            <numerusform>%n people saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class lists (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n people.</source>
        <translation>
            <numerusform>Imported %n person.</numerusform>
            <numerusform>Imported %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups, one per class.</source>
        <translation>
            <numerusform>%n group, one per class.</numerusform>
            <numerusform>%n groups, one per class.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked as having left the group.</source>
        <translation>
            <numerusform>%n marked as having left the group.</numerusform>
            <numerusform>%n marked as having left the group.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, %4: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are checked, never changed: a name with a hidden character (a control, text-direction or zero-width character) refuses the file, and a name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the flagged duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One group per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported, so nothing was changed. Fix these lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the group, changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n people not in the file as having left the group</source>
        <translation>
            <numerusform>Mark the %n person not in the file as having left the group</numerusform>
            <numerusform>Mark the %n people not in the file as having left the group</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people in the file.</source>
        <translation>
            <numerusform>%n person in the file.</numerusform>
            <numerusform>%n people in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups, one per class.</source>
        <translation>
            <numerusform>%n group, one per class.</numerusform>
            <numerusform>%n groups, one per class.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged as possible duplicate(s): check them.</source>
        <translation>
            <numerusform>%n flagged as a possible duplicate: check it.</numerusform>
            <numerusform>%n flagged as possible duplicates: check them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guardians are linked to their children.</source>
        <translation>
            <numerusform>%n guardian is linked to their child.</numerusform>
            <numerusform>%n guardians are linked to their children.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Import %n person</numerusform>
            <numerusform>Import %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterLayout</name>
    <message>
        <source>a spreadsheet with a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft School Data Sync v1 (Student.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft School Data Sync v2.1 (users.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneRoster 1.1 (users.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Workspace user export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabulex/TEA Elev.txt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterProblem</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than {megabytes} MB, far more than a class list; check that you chose the right file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not text the app can read (neither UTF-8 nor Windows-1252); save it again from the spreadsheet as “CSV UTF-8”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a text file (it holds NUL bytes); if it is an Excel workbook, give it the ending .xlsx, or save it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; put a header row first (for example navn;klasse) and then one person per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column holds the names; the columns found are: {headers}. Call the name column navn (or name), or use fornavn and efternavn (first name, last name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this {layout} export has no names: the column {column} is missing; export the list again with that column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line has {count} fields but the header has {expected}; a name with a “{delimiter}” in it needs quotation marks around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quotation mark on this line is not closed; add the closing quotation mark or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line cannot be read as CSV ({reason}); save the file again from the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is nobody below the header row; put one person on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty; write the name, or delete the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns {first} and {second} ({headers}) together are {length} characters long, and at most {limit} are allowed; shorten the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} is not a role the app knows; write elev (pupil), personale (staff), forælder (parent) or gæst (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a year between {first} and now; write the year with four digits, like 2016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date; write it like 24-03-2015 or 2015-03-24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an age band; write indskoling, mellemtrin, udskoling or voksne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the short name is longer than {limit} characters; shorten it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column} ({header}) holds CPR numbers, and the app never stores a CPR number; delete the column, or export the list without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet called “{sheet}”; its sheets are: {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Excel workbook cannot be opened; open it in Excel or LibreOffice and save it again as .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line has {count} fields separated by ¤, and a Tabulex Elev.txt line has at least {expected}; export the file again from Tabulex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line is not UTF-8 but other lines are: the file mixes two encodings; save it again as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns {first} and {second} are both “{header}”; keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns {first} and {second} ({headers}) mean the same thing; keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column} {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column} ({header}) {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterScreen</name>
    <message>
        <source>Groups and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names stay on this computer. Export or erase a person&apos;s data at any time; erase a class at the end of the school year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in seat order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to change the seat order, or use Ctrl+↑ and Ctrl+↓.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up one seat (Ctrl+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down one seat (Ctrl+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the group (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything stored about this person (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the group, or erase (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away until a day: not ticked present, not keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the group&apos;s list as Excel or CSV (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n people</source>
        <translation>
            <numerusform>%1  ·  %n person</numerusform>
            <numerusform>%1  ·  %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a group, or import a class list: Excel, CSV or a school system&apos;s export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keepers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide names on the board (seat numbers instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose turn it is when the piece moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle timer per speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the largest screen this window is not on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One window (the board mirrors the laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class sees the circle on the board; your window keeps the controls. Remembered for these screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One screen is attached. F6 opens the board view in a window of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechOffer</name>
    <message>
        <source>Reading aloud is starting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The last step could not be saved, so it was not shown. Try again; if it keeps failing, the database may be unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This circle was changed meanwhile in another window or machine, so this was not saved. Close the circle and continue it again to see where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was not saved, so it was not done. The database cannot be written to: its folder, file or drive is read-only. Ask the IT staff, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was not saved, so it was not done. The database is busy in another window or machine. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was not saved, so it was not done. The database file cannot be reached (was it moved or deleted?). Restart circle-app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was not saved, so it was not done. The database server cannot be reached. Check the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was not saved, so it was not done. The database said: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be read and written by this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was moved or deleted while circle-app was running, so nothing more can be saved. Restart circle-app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{url}” is not a database URL circle-app can use (for example sqlite:////path/to/file.sqlite3 or postgresql+psycopg://host/db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver for {driver} is not installed (for PostgreSQL: pip install &apos;circle-app[postgres]&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged, so circle-app stopped and left it as it is. There is no good copy beside it: ask the IT staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged, so circle-app stopped and left it as it is. The newest good copy is {backup}: ask the IT staff to put it in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be prepared, so circle-app did not start with it. Ask the IT staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a circle-app database (or it is damaged). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database {where}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version of circle-app (schema {schema}). Update circle-app to open it; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds tables but no circle-app schema version; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database has no circle-app tables yet. The IT administrator creates them with the command: circle-app db upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database has an older schema ({schema}) than this version of circle-app needs ({head}). The IT administrator upgrades it with the command: circle-app db upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded, and putting back its copy {backup} failed too. Ask the IT staff to put that copy in place of {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded, so circle-app put it back as it was from its copy {backup}. Nothing was lost. Ask the IT staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded, so it was left as it was. Nothing was lost. Ask the IT staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <extracomment>Free text where the conversation and conference screens keep names as they were typed. Erasing a person also blanks their name here; exporting lists where it appears.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people were not imported, so nothing changed: the database changed meanwhile. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name was not saved: it holds an invisible or control character (U+{code}) at character {position}. Type it again without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name was not saved: it is {length} characters long, and at most {limit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group changed meanwhile; the seat order was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a group called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is already in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not saved: give the file the ending .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryScreen</name>
    <message>
        <source>Thank you for the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) held</source>
        <translation>
            <numerusform>%n round held</numerusform>
            <numerusform>%n rounds held</numerusform>
        </translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted per person and round, as on the dashboard: speaking after a pass counts as sharing. Passing is always allowed; nobody is counted down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the keeper: each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who shared and who passed (not for the class to see)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke and passed, per seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed (rounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared (rounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Upgrading the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to this version of circle-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This happens once, after an update, and can take a minute. Keep circle-app open: if it stops, nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Working: %n second(s) so far</source>
        <translation>
            <numerusform>Working: %n second so far</numerusform>
            <numerusform>Working: %n seconds so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoicesCommand</name>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the installed speech voices and the one used for each language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the text-to-speech voices installed on this computer and the voice circle-app uses to read Danish and English aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circle-app voices: read-aloud is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech engine: {driver}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({code}): no voice installed; the default voice is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Installed voices (%n):</source>
        <translation>
            <numerusform>Installed voices (%n):</numerusform>
            <numerusform>Installed voices (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circle-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Everything shown so far is saved. If it happens again, restart circle-app; the log file helps the IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{prog}: error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep restorative circles on the classroom smartboard. Without a command, the app&apos;s window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the messages (default: the one chosen in the app, else the system&apos;s, else Danish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database to use (default: SQLite in the user data folder; also CIRCLE_APP_DATABASE_URL), e.g. postgresql+psycopg://host/db</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>followUp</name>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a new action instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Peacetime circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent meeting circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peacetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affective (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support (grief, crisis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you experience?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How were you affected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could solve it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat by seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades 0–3 (indskoling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades 4–6 (mellemtrin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades 7–9 (udskoling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caused harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent / guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peripheral party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the school / institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere (e.g. the town hall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator comes from the parties&apos; own school or institution. As a rule, RGP trainers facilitate only conflicts at another school or institution than their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police are involved: pre-meetings and the conference are, as a rule, facilitated by an impartial, more experienced facilitator from the municipality&apos;s crime-prevention unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child under 18 cannot take part without a parent or guardian who takes part. Link a parent/guardian who has accepted first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child who takes part depends on this parent or guardian taking part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a participant in the parent/guardian role can be linked as one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant cannot be their own guardian: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every party taking part has a pre-meeting first. Not done yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least two participants must take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conference has already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action needs a description, who carries it out and who follows it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case needs a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name may not hold hidden or control characters and has at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action needs a date it is done by and a date it is followed up on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action is followed up on or after the date it is to be done by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent or guardian can only be linked from this case&apos;s own participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator cannot also be a participant. Choose an uninvolved facilitator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how at least one action went before you save the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action is followed up once in a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this case&apos;s open actions can be followed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new follow-up date comes after the meeting, on or after the date the action is to be done by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the new action, who carries it out and who follows it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFO group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <comment>the staff, plural</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s own: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>The speech engine is starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-aloud is turned off in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not play the sound: no audio output device was found or it is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine found: install espeak-ng (Linux: sudo apt install espeak-ng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows speech (SAPI5) could not start: reinstall circle-app (it needs pywin32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS speech could not start: reinstall circle-app (it needs pyobjc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
