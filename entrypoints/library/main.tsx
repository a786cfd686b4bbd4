// Extension page (library.html): every clip, searchable, with export and import.
import { render } from 'preact';
import '../../components/reader.css';
import './library.css';
import { LibraryApp } from './app';

const root = document.getElementById('app');
if (root) render(<LibraryApp />, root);
